package dev.relwb.service.workbench;

/// The current judgment of one (query, document): a grade 0–3, or a skip, or "unrateable", plus
/// an optional note. Only a grade counts as judged for the metrics.
public record Judgment(State state, int grade, String note) {
  /// What kind of judgment it is.
  public enum State {
    /// graded 0–3
    GRADED,
    /// seen and skipped
    SKIPPED,
    /// cannot be judged (broken text, wrong language…)
    UNRATEABLE
  }

  /// Rejects grades outside 0–3 for graded judgments.
  public Judgment {
    if (state == State.GRADED && (grade < 0 || grade > 3)) {
      throw new IllegalArgumentException("grade must be 0-3, not " + grade);
    }
    note = note == null ? "" : note;
  }

  /// A grade 0–3.
  public static Judgment graded(int grade) {
    return new Judgment(State.GRADED, grade, "");
  }

  /// Whether this judgment carries a grade.
  public boolean isGraded() {
    return state == State.GRADED;
  }

  /// This judgment with another note.
  public Judgment withNote(String newNote) {
    return new Judgment(state, grade, newNote);
  }

  /// The short badge text: `0`…`3`, `S` or `U`.
  public String badge() {
    return switch (state) {
      case GRADED -> Integer.toString(grade);
      case SKIPPED -> "S";
      case UNRATEABLE -> "U";
    };
  }
}
