package dev.relwb.eval;

import java.util.List;

/// The outcome of `relwb eval`: the settings, one result per run, the comparison when two runs were
/// given (else null), and parsing warnings.
public record EvalReport(EvalSettings settings, List<RunResult> runs, Comparison comparison, List<String> warnings) {
  /// Copies the lists.
  public EvalReport {
    runs = List.copyOf(runs);
    warnings = List.copyOf(warnings);
  }

  /// The metric names in the order asked.
  public List<String> metricNames() {
    return settings.metrics().stream().map(m -> m.name()).toList();
  }
}
