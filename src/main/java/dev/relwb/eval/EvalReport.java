package dev.relwb.eval;

import java.util.List;

/// The outcome of `relwb eval`: the settings, one result per run, the baseline run's name and every
/// other run compared with it (empty, and a null baseline, for one run), and parsing warnings.
///
/// With N runs `comparisons` holds N − 1 comparisons in the order of `runs`, their p-values
/// Holm–Bonferroni-corrected per metric and test ([Comparisons]).
public record EvalReport(EvalSettings settings, List<RunResult> runs, String baseline, List<Comparison> comparisons,
    List<String> warnings) {
  /// Copies the lists.
  public EvalReport {
    runs = List.copyOf(runs);
    comparisons = List.copyOf(comparisons);
    warnings = List.copyOf(warnings);
    if (baseline == null && !comparisons.isEmpty()) {
      baseline = comparisons.getFirst().runA();
    }
  }

  /// A report of one run (`comparison` null) or of two runs compared (B against A).
  public EvalReport(EvalSettings settings, List<RunResult> runs, Comparison comparison, List<String> warnings) {
    this(settings, runs, comparison == null ? null : comparison.runA(),
        comparison == null ? List.of() : List.of(comparison), warnings);
  }

  /// The first comparison (with two runs the only one: B against A), or null for one run.
  public Comparison comparison() {
    return comparisons.isEmpty() ? null : comparisons.getFirst();
  }

  /// The metric names in the order asked.
  public List<String> metricNames() {
    return settings.metrics().stream().map(m -> m.name()).toList();
  }
}
