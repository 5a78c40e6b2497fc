package dev.relwb.service.workbench;

/// One line of the evaluation table: the mean of a metric for both systems, the difference
/// (reranked − BM25) and the p-values of the paired randomization test and the paired t-test.
public record MetricRow(String metric, double bm25, double reranked, double delta, double pRandomization,
    double pTTest) { }
