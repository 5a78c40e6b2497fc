package dev.relwb.eval;

import java.util.Map;

/// One metric compared between run A (the baseline) and run B over the comparison topics.
///
/// `delta` is mean(B) − mean(A); `perTopicDelta` maps topic → B − A; wins/losses/ties count topics
/// where B is higher / lower / equal (within 1e-12); the p-values are two-sided. The `…Holm` p-values
/// are Holm–Bonferroni-corrected over every comparison with the same baseline on this metric (one
/// family per metric and test, see [Comparisons]); with a single comparison they equal the raw ones.
public record MetricComparison(
    String metric,
    double meanA,
    double meanB,
    double delta,
    int wins,
    int losses,
    int ties,
    double pRandomization,
    double pTTest,
    Map<String, Double> perTopicDelta,
    double pRandomizationHolm,
    double pTTestHolm) {

  /// A comparison on its own (a family of one): the Holm p-values are the raw ones.
  public MetricComparison(String metric, double meanA, double meanB, double delta, int wins, int losses, int ties,
      double pRandomization, double pTTest, Map<String, Double> perTopicDelta) {
    this(metric, meanA, meanB, delta, wins, losses, ties, pRandomization, pTTest, perTopicDelta, pRandomization,
        pTTest);
  }

  /// This comparison with the given Holm-corrected p-values.
  public MetricComparison withHolm(double randomizationHolm, double tTestHolm) {
    return new MetricComparison(metric, meanA, meanB, delta, wins, losses, ties, pRandomization, pTTest,
        perTopicDelta, randomizationHolm, tTestHolm);
  }
}
