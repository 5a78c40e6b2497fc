package dev.relwb.judge;

import dev.relwb.core.DocId;
import dev.relwb.core.Grade;
import dev.relwb.core.QueryId;
import java.time.Instant;

/// One recorded judgment (one row of the append-only history). `grade` is null unless the state
/// is `GRADED`; `note` may be null. `id` grows with every change, so the latest row per
/// (topic, doc, annotator) is the current judgment.
public record Judgment(long id, QueryId topic, DocId doc, JudgmentState state, Grade grade, String annotator,
    Instant time, String note) {

  /// The judgment `j` as it will read once stored (id 0 until the store gives one), for showing a
  /// decision at once while it is saved in the background.
  public static Judgment unsaved(NewJudgment j) {
    return new Judgment(0, j.topic(), j.doc(), j.state(), j.grade(), j.annotator(), Instant.now(), j.note());
  }

  /// Whether this judgment carries a grade (only a grade counts as judged for the metrics).
  public boolean isGraded() {
    return state == JudgmentState.GRADED;
  }

  /// The short badge text: the grade `0`…`3`, `S` (skipped) or `U` (unrateable).
  public String badge() {
    return switch (state) {
      case GRADED -> Integer.toString(grade.value());
      case SKIP -> "S";
      case UNRATEABLE -> "U";
    };
  }

  /// The note, or empty.
  public String noteText() {
    return note == null ? "" : note;
  }
}
