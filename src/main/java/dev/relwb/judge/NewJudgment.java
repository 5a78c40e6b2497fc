package dev.relwb.judge;

import dev.relwb.core.DocId;
import dev.relwb.core.Grade;
import dev.relwb.core.QueryId;
import dev.relwb.core.WorkbenchException;
import java.util.Objects;

/// A judgment to record: a grade (state `GRADED`), or a state without grade (`SKIP`, `UNRATEABLE`).
public record NewJudgment(QueryId topic, DocId doc, JudgmentState state, Grade grade, String annotator, String note) {
  /// Checks that a grade is given exactly when the state is `GRADED`, and that the annotator is named.
  public NewJudgment {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(state, "state");
    if ((state == JudgmentState.GRADED) != (grade != null)) {
      throw new WorkbenchException("A judgment has a grade exactly when its state is 'graded' (got state "
          + state.dbName() + ", grade " + grade + ")");
    }
    if (annotator == null || annotator.isBlank()) {
      throw new WorkbenchException("A judgment needs an annotator name");
    }
  }

  /// A graded judgment without note.
  public static NewJudgment graded(String topic, String doc, int grade, String annotator) {
    return new NewJudgment(new QueryId(topic), new DocId(doc), JudgmentState.GRADED, new Grade(grade), annotator, null);
  }
}
