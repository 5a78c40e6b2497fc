package dev.relwb.eval;

import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.TDistribution;

/// Paired significance tests on per-topic differences `d_i = b_i − a_i`.
///
/// * **Randomization (permutation) test**, two-sided: under the null hypothesis the two systems are
///   exchangeable per topic, so each `d_i` keeps or flips its sign with probability ½. For
///   `permutations` random sign vectors (seeded, so the p-value is reproducible) count how often
///   |mean of the signed differences| ≥ |observed mean| (with a 1e-12 slack for rounding);
///   p = (count + 1) / (permutations + 1). Identical runs give p = 1.
/// * **Paired t-test**, two-sided: t = mean(d) / (sd(d) / √n) with n − 1 degrees of freedom
///   (Apache Commons Statistics' t distribution). When every difference is equal, p = 1 if they are
///   all 0 and p = 0 otherwise; with fewer than 2 topics p is NaN.
public final class SignificanceTests {
  /// The default number of random sign permutations.
  public static final int PERMUTATIONS = 10_000;
  /// The default seed, so the same inputs always give the same p-value.
  public static final long SEED = 20_250_611L;

  private static final double SLACK = 1e-12;

  private SignificanceTests() { }

  /// The two-sided paired randomization test p-value.
  public static double randomization(double[] a, double[] b, int permutations, long seed) {
    double[] d = diffs(a, b);
    double observed = Math.abs(mean(d));
    SplittableRandom rnd = new SplittableRandom(seed);
    int atLeast = 0;
    for (int p = 0; p < permutations; p++) {
      double sum = 0;
      for (double v : d) {
        sum += rnd.nextBoolean() ? v : -v;
      }
      if (Math.abs(sum / d.length) >= observed - SLACK) {
        atLeast++;
      }
    }
    return (atLeast + 1.0) / (permutations + 1.0);
  }

  /// The two-sided paired t-test p-value.
  public static double pairedT(double[] a, double[] b) {
    double[] d = diffs(a, b);
    int n = d.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mean = mean(d);
    double ss = 0;
    for (double v : d) {
      ss += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(ss / (n - 1));
    if (sd <= SLACK) {
      return Math.abs(mean) <= SLACK ? 1.0 : 0.0;
    }
    double t = mean / (sd / Math.sqrt(n));
    return Math.min(1.0, 2 * TDistribution.of(n - 1).survivalProbability(Math.abs(t)));
  }

  static double[] diffs(double[] a, double[] b) {
    if (a.length != b.length || a.length == 0) {
      throw new IllegalArgumentException("paired samples need the same, non-zero length");
    }
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = b[i] - a[i];
    }
    return d;
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }
}
