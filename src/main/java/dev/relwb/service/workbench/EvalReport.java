package dev.relwb.service.workbench;

import java.util.List;

/// The result of an evaluation: the metrics table, the per-topic values of the main metric
/// (`mainMetric`, e.g. `nDCG@10`), wins/losses/ties of the reranker, and the two runs in TREC
/// format (kept for export).
public record EvalReport(String mainMetric, List<MetricRow> rows, List<TopicDelta> perTopic, int wins,
    int losses, int ties, String bm25Run, String rerankedRun) {
  /// Copies the lists.
  public EvalReport {
    rows = List.copyOf(rows);
    perTopic = List.copyOf(perTopic);
  }
}
