package dev.relwb.eval;

import java.util.Map;

/// One metric compared between run A and run B over the comparison topics.
///
/// `delta` is mean(B) − mean(A); `perTopicDelta` maps topic → B − A; wins/losses/ties count topics
/// where B is higher / lower / equal (within 1e-12); the p-values are two-sided.
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
    Map<String, Double> perTopicDelta) { }
