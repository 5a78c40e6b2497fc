package dev.relwb.eval;

import java.util.ArrayList;
import java.util.List;

/// N runs compared with one baseline: every other run against it (each a [Comparison], B = that run,
/// A = the baseline), with the p-values Holm–Bonferroni-corrected across those N − 1 comparisons, one
/// family per metric and test ([Holm]). With two runs the family has one member and the corrected
/// p-values equal the raw ones.
public final class Comparisons {
  private Comparisons() { }

  /// Compares each run of `runs` (with its result in `results`, same order) but the `baseline`-th
  /// with the baseline, with the default permutations and seed; the order of `runs` is kept.
  public static List<Comparison> against(Qrels qrels, List<Run> runs, List<RunResult> results, int baseline,
      EvalSettings s, int depth) {
    return against(qrels, runs, results, baseline, s, depth, SignificanceTests.PERMUTATIONS, SignificanceTests.SEED);
  }

  /// Like [#against(Qrels, List, List, int, EvalSettings, int)] with the given permutations and seed.
  public static List<Comparison> against(Qrels qrels, List<Run> runs, List<RunResult> results, int baseline,
      EvalSettings s, int depth, int permutations, long seed) {
    if (runs.size() != results.size()) {
      throw new IllegalArgumentException("one result per run");
    }
    if (baseline < 0 || baseline >= runs.size()) {
      throw new IllegalArgumentException("baseline " + baseline + " is not one of the " + runs.size() + " runs");
    }
    List<Comparison> raw = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      if (i != baseline) {
        raw.add(Comparison.of(qrels, runs.get(baseline), runs.get(i), results.get(baseline), results.get(i), s,
            depth, permutations, seed));
      }
    }
    return holm(raw);
  }

  /// `raw` with each metric's p-values Holm-corrected across the comparisons (one family per metric
  /// and test). Every comparison must list the same metrics in the same order.
  public static List<Comparison> holm(List<Comparison> raw) {
    if (raw.isEmpty()) {
      return List.of();
    }
    int metrics = raw.getFirst().metrics().size();
    List<List<MetricComparison>> adjusted = new ArrayList<>();
    raw.forEach(c -> adjusted.add(new ArrayList<>(c.metrics())));
    for (int m = 0; m < metrics; m++) {
      double[] rand = new double[raw.size()];
      double[] t = new double[raw.size()];
      for (int c = 0; c < raw.size(); c++) {
        MetricComparison mc = raw.get(c).metrics().get(m);
        if (!mc.metric().equals(raw.getFirst().metrics().get(m).metric())) {
          throw new IllegalArgumentException("comparisons list different metrics");
        }
        rand[c] = mc.pRandomization();
        t[c] = mc.pTTest();
      }
      double[] randHolm = Holm.adjust(rand);
      double[] tHolm = Holm.adjust(t);
      for (int c = 0; c < raw.size(); c++) {
        adjusted.get(c).set(m, raw.get(c).metrics().get(m).withHolm(randHolm[c], tHolm[c]));
      }
    }
    List<Comparison> out = new ArrayList<>();
    for (int c = 0; c < raw.size(); c++) {
      out.add(raw.get(c).withMetrics(adjusted.get(c)));
    }
    return List.copyOf(out);
  }
}
