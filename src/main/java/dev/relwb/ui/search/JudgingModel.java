package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import dev.relwb.core.Grade;
import dev.relwb.core.Topic;
import dev.relwb.judge.Judgment;
import dev.relwb.judge.JudgmentState;
import dev.relwb.judge.NewJudgment;
import dev.relwb.service.Evaluating;
import dev.relwb.service.Judging;
import dev.relwb.ui.support.JobCallbacks;
import dev.relwb.ui.support.TaskRunner;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;

/// Keyboard judging over the search view's lists: the selected document (shared by all lists),
/// the active list, moving (J/K, arrows), switching lists (Tab), jumping to the next unjudged
/// document (of the pooled [JudgingQueue] while it is shown), and grading (0–3), skipping (S),
/// "unrateable" (U) and notes (N). Every judgment is shown at once and saved in order in the background,
/// under the name chosen in [Annotators].
public final class JudgingModel {
  private final SearchViewModel search;
  private final Judging judging;
  private final TaskRunner runner;
  private final Annotators annotators;
  private final JudgingQueue queue;
  private final IntegerProperty saved = new SimpleIntegerProperty(0);
  private final ObjectProperty<DocId> selected = new SimpleObjectProperty<>();
  private final ObjectProperty<RankingList> active = new SimpleObjectProperty<>(RankingList.BM25);

  JudgingModel(SearchViewModel search, Judging judging, Evaluating evaluating, TaskRunner runner,
      ObservableStringValue workspace) {
    this.search = search;
    this.judging = judging;
    this.runner = runner;
    this.annotators = new Annotators(judging, runner, workspace::get, search::fail);
    this.queue = new JudgingQueue(search, evaluating);
    workspace.addListener((o, a, ws) -> annotators.refresh());
    queue.shown().addListener((o, a, on) -> active.set(on ? RankingList.QUEUE : RankingList.BM25));
  }

  /// Who judges: the annotator every judgment is recorded under.
  public Annotators annotators() {
    return annotators;
  }

  /// The pooled judging queue of the shown query.
  public JudgingQueue queue() {
    return queue;
  }

  /// How many judgments were saved so far (for views that refresh judged shares after each).
  public IntegerProperty saved() {
    return saved;
  }

  /// The selected document, the same in every list.
  public ObjectProperty<DocId> selected() {
    return selected;
  }

  /// The list that keyboard moves apply to.
  public ObjectProperty<RankingList> active() {
    return active;
  }

  /// After a new search: the first stage (or the queue, while shown) becomes the active list, its first
  /// row selected.
  void startList() {
    RankingList list = queue.shown().get() ? RankingList.QUEUE : RankingList.BM25;
    active.set(list);
    selected.set(rows(list).isEmpty() ? null : rows(list).getFirst().doc());
  }

  /// The rows of `list`.
  public List<ResultRow> rows(RankingList list) {
    return switch (list) {
      case VS_TEMPLATE -> search.vsList().rows();
      case BM25 -> search.bm25Rows();
      case RERANKED -> search.reranked().rows();
      case COMPARE -> search.compare().rows();
      case RERANKER_2 -> search.columns().column(1).list().rows();
      case RERANKER_3 -> search.columns().column(2).list().rows();
      case QUEUE -> queue.rows();
    };
  }

  /// Moves the selection `delta` rows down (negative: up) in the active list.
  public void move(int delta) {
    List<ResultRow> rows = rows(active.get());
    if (rows.isEmpty()) {
      return;
    }
    int i = indexOf(rows, selected.get());
    int next = i < 0 ? 0 : Math.clamp(i + (long) delta, 0, rows.size() - 1);
    selected.set(rows.get(next).doc());
  }

  /// Makes the next non-empty list active (Tab); the queue, while shown, is the only list.
  public void switchList() {
    RankingList[] all = RankingList.values();
    for (int k = 1; k <= all.length; k++) {
      RankingList cand = all[(active.get().ordinal() + k) % all.length];
      if (!rows(cand).isEmpty() && (cand == RankingList.QUEUE) == queue.shown().get()) {
        active.set(cand);
        if (indexOf(rows(cand), selected.get()) < 0) {
          selected.set(rows(cand).getFirst().doc());
        }
        return;
      }
    }
  }

  /// Selects the next document below the selection in the active list that has no grade yet
  /// (wrapping around), or, while the queue is shown, the next unjudged document of the pool across
  /// lists; returns false when every document there is judged.
  public boolean nextUnjudged() {
    if (queue.shown().get()) {
      DocId next = queue.nextUnjudged(selected.get());
      if (next != null) {
        selected.set(next);
        return true;
      }
      search.status().set("Every document in the pool is judged.");
      return false;
    }
    List<ResultRow> rows = rows(active.get());
    int start = indexOf(rows, selected.get());
    for (int k = 1; k <= rows.size(); k++) {
      ResultRow r = rows.get(Math.floorMod(start + k, rows.size()));
      if (r.unjudged()) {
        selected.set(r.doc());
        return true;
      }
    }
    search.status().set("Every document in this list is judged.");
    return false;
  }

  /// Grades the selected document 0–3.
  public void grade(int g) {
    judge(JudgmentState.GRADED, new Grade(g), null);
  }

  /// Marks the selected document as skipped.
  public void skip() {
    judge(JudgmentState.SKIP, null, null);
  }

  /// Marks the selected document as unrateable.
  public void unrateable() {
    judge(JudgmentState.UNRATEABLE, null, null);
  }

  /// Attaches a note to the selected document's judgment (an unjudged document gets a skip).
  public void note(String text) {
    DocId doc = selected.get();
    if (doc == null) {
      return;
    }
    Judgment current = search.judgmentMap().get(doc);
    String note = text == null || text.isBlank() ? null : text;
    if (current == null) {
      judge(JudgmentState.SKIP, null, note);
    } else {
      judge(current.state(), current.grade(), note);
    }
  }

  /// The current judgment of the selected document, or null.
  public Judgment selectedJudgment() {
    return selected.get() == null ? null : search.judgmentMap().get(selected.get());
  }

  private void judge(JudgmentState state, Grade grade, String note) {
    DocId doc = selected.get();
    Topic topic = search.topic();
    if (doc == null || topic == null) {
      search.status().set("Select a document to judge.");
      return;
    }
    NewJudgment j = new NewJudgment(topic.id(), doc, state, grade, annotators.name().get(), note);
    search.judgmentMap().put(doc, Judgment.unsaved(j));
    search.judgmentsChanged();
    String ws = search.workspaceName();
    runner.runInOrder("Save judgment", ctx -> judging.record(ws, j), JobCallbacks.<Judgment>of(stored -> {
      search.status().set("Saved " + stored.badge() + " for " + stored.doc() + " as " + stored.annotator());
      saved.set(saved.get() + 1);
    }, search::fail));
  }

  private static int indexOf(List<ResultRow> rows, DocId doc) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).doc().equals(doc)) {
        return i;
      }
    }
    return -1;
  }
}
