package dev.relwb.judge;

import dev.relwb.core.WorkbenchException;
import java.util.Locale;

/// What an annotator decided for a (topic, document) pair: a grade 0–3, or no grade because they
/// skipped it (decide later) or found it unrateable (e.g. broken or unreadable document).
public enum JudgmentState {
  /// A grade 0–3 was given.
  GRADED,
  /// Skipped for now; the pair still needs a judgment.
  SKIP,
  /// The document cannot be rated; counts as looked at, but gives no grade.
  UNRATEABLE;

  /// The lower-case name stored in the database.
  public String dbName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /// Parses a stored or typed name (`graded`, `skip`, `unrateable`).
  public static JudgmentState parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new WorkbenchException("Unknown judgment state '" + s + "'; use a grade 0-3, skip or unrateable", e);
    }
  }
}
