package dev.relwb.cli;

import dev.relwb.eval.Aggregation;
import picocli.CommandLine.Option;

/// Whose grades a workspace contributes, for `relwb eval` and `relwb judge export`: one annotator's
/// (`--annotator A`) or every annotator's combined per pair (`--aggregate latest|majority|mean|max`,
/// an adjudicated grade first). A picocli `@ArgGroup(exclusive = true)`, so the two cannot be given
/// together; without the group (neither given) the latest grade per pair is used.
final class GradesOption {
  @Option(names = "--annotator", paramLabel = "A", description = "Only this annotator's grades.")
  private String annotator;

  @Option(names = "--aggregate", paramLabel = "RULE", description = "Combine the annotators' grades per topic and"
      + " document: latest, majority (ties: the higher grade), mean (rounded half up) or max; an adjudicated grade"
      + " wins (default: latest).")
  private String aggregate;

  /// The annotator given, or null.
  static String annotator(GradesOption o) {
    return o == null ? null : o.annotator;
  }

  /// The aggregation given, or null.
  static Aggregation aggregation(GradesOption o) {
    return o == null || o.aggregate == null ? null : Aggregation.parse(o.aggregate);
  }
}
