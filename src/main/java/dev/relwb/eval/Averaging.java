package dev.relwb.eval;

import dev.relwb.core.WorkbenchException;
import java.util.Locale;

/// Which topics the mean is taken over.
public enum Averaging {
  /// Every topic of the qrels; a topic the run lacks counts as 0 (`trec_eval -c`).
  QRELS,
  /// Only the topics in both the run and the qrels (plain `trec_eval`, the default).
  RUN;

  /// The lower-case name used on the command line and in reports (`qrels` or `run`).
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /// Parses `qrels` or `run` (case-insensitive).
  public static Averaging parse(String s) {
    return switch (s == null ? "" : s.strip().toLowerCase(Locale.ROOT)) {
      case "qrels" -> QRELS;
      case "run" -> RUN;
      default -> throw new WorkbenchException("Unknown averaging '" + s + "'; use 'qrels' (like trec_eval -c) or 'run'");
    };
  }
}
