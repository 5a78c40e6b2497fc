package dev.relwb.eval;

import dev.relwb.core.WorkbenchException;
import dev.relwb.eval.metric.Metric;
import dev.relwb.eval.metric.Metrics;
import java.util.List;

/// What to compute: the metrics, the relevance threshold of the binary metrics (grade ≥ threshold
/// is relevant, `trec_eval -l`; nDCG and Judged ignore it), and the averaging.
public record EvalSettings(List<Metric> metrics, int relevanceThreshold, Averaging averaging) {
  /// Copies the metric list; rejects an empty one.
  public EvalSettings {
    metrics = List.copyOf(metrics);
    if (metrics.isEmpty()) {
      throw new WorkbenchException("No metric given; use e.g. " + Metrics.DEFAULT);
    }
  }

  /// The default metrics, threshold 1 and per-run averaging (plain `trec_eval`).
  public static EvalSettings defaults() {
    return new EvalSettings(Metrics.parseList(Metrics.DEFAULT), 1, Averaging.RUN);
  }
}
