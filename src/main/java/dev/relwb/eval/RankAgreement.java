package dev.relwb.eval;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/// How far one set of scores is from a reference set over the same items: the largest and the mean
/// absolute difference, the share of the reference's top k that stays in the top k, and Kendall's τ-b
/// between the two orders. Used to measure what a reduced-precision cross-encoder costs against fp32.
///
/// @param maxAbs  max |a − b|
/// @param meanAbs mean |a − b|
/// @param topK    |top k of a ∩ top k of b| / k
/// @param tau     Kendall's τ-b (1 = the same order)
public record RankAgreement(double maxAbs, double meanAbs, double topK, double tau) {
  /// The agreement of `scores` with `reference` (same length, same items), over the top `k`.
  public static RankAgreement of(float[] reference, float[] scores, int k) {
    double max = 0;
    double sum = 0;
    for (int i = 0; i < reference.length; i++) {
      double d = Math.abs(reference[i] - scores[i]);
      max = Math.max(max, d);
      sum += d;
    }
    return new RankAgreement(max, sum / reference.length, overlap(reference, scores, k), tau(reference, scores));
  }

  private static double overlap(float[] a, float[] b, int k) {
    int n = Math.min(k, a.length);
    Set<Integer> top = new HashSet<>(top(a, n));
    return top(b, n).stream().filter(top::contains).count() / (double) n;
  }

  private static List<Integer> top(float[] s, int n) {
    return IntStream.range(0, s.length).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -s[i]).thenComparingInt(i -> i)).limit(n).toList();
  }

  /// Kendall's τ-b: (concordant − discordant) / sqrt((pairs − ties in a)(pairs − ties in b)).
  public static double tau(float[] a, float[] b) {
    long concordant = 0;
    long discordant = 0;
    long tiesA = 0;
    long tiesB = 0;
    long pairs = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = i + 1; j < a.length; j++) {
        int sa = Float.compare(a[i], a[j]);
        int sb = Float.compare(b[i], b[j]);
        pairs++;
        tiesA += sa == 0 ? 1 : 0;
        tiesB += sb == 0 ? 1 : 0;
        if (sa != 0 && sb != 0) {
          concordant += sa == sb ? 1 : 0;
          discordant += sa != sb ? 1 : 0;
        }
      }
    }
    double denominator = Math.sqrt((double) (pairs - tiesA) * (pairs - tiesB));
    return denominator == 0 ? 1 : (concordant - discordant) / denominator;
  }
}
