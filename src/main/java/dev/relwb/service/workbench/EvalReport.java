package dev.relwb.service.workbench;

import java.util.List;

/// The result of an evaluation: the metrics table, the per-topic values of the main metric
/// (`mainMetric`, e.g. `nDCG@10`), wins/losses/ties of the reranker, and the files an export
/// writes (file name → content: both runs in TREC format, the report as Markdown, CSV and JSON).
public record EvalReport(String mainMetric, List<MetricRow> rows, List<TopicDelta> perTopic, int wins,
    int losses, int ties, java.util.Map<String, String> files) {
  /// Copies the collections.
  public EvalReport {
    rows = List.copyOf(rows);
    perTopic = List.copyOf(perTopic);
    files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
  }
}
