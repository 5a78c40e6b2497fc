package dev.relwb.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/// The Holm–Bonferroni step-down correction of a family of p-values.
///
/// Sort the `m` defined p-values ascending, multiply the i-th smallest (0-based) by `m − i`, make the
/// sequence non-decreasing (each adjusted value is at least the one before it) and cap it at 1. A NaN
/// p-value (an undefined test) stays NaN and does not count in `m`. Rejecting every hypothesis whose
/// adjusted p is ≤ α controls the family-wise error rate at α, without assumptions on dependence.
public final class Holm {
  private Holm() { }

  /// The Holm-adjusted p-values, in the order of `p` (which is not modified).
  public static double[] adjust(double[] p) {
    double[] out = new double[p.length];
    Arrays.fill(out, Double.NaN);
    int[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
        .sorted(Comparator.comparingDouble(i -> p[i])).mapToInt(Integer::intValue).toArray();
    int m = order.length;
    double running = 0;
    for (int i = 0; i < m; i++) {
      running = Math.max(running, Math.min(1.0, (m - i) * p[order[i]]));
      out[order[i]] = running;
    }
    return out;
  }
}
