package dev.relwb.eval.metric;

/// An IR metric of one topic. Implementations are immutable and named as ir_measures names them.
public interface Metric {
  /// The ir_measures name, e.g. `nDCG@10`, `RR`, `AP`.
  String name();

  /// The value for one topic.
  double value(TopicRanking topic);
}
