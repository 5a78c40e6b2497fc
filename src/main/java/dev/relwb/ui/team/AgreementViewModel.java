package dev.relwb.ui.team;

import dev.relwb.core.DocId;
import dev.relwb.core.Grade;
import dev.relwb.core.QueryId;
import dev.relwb.eval.Agreement;
import dev.relwb.judge.Judgment;
import dev.relwb.service.Judging;
import dev.relwb.ui.support.JobCallbacks;
import dev.relwb.ui.support.JobHandle;
import dev.relwb.ui.support.TaskRunner;
import dev.relwb.ui.support.UiMessages;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// State and actions of *Annotators & agreement*: the workspace's annotators (and adding one), Cohen's
/// weighted κ per annotator pair, Fleiss' κ, and the disagreements, largest spread first. A disagreement
/// is settled by recording an adjudicated grade (annotator [Judging#ADJUDICATED]); it counts as settled
/// while the adjudicated grade is the pair's latest judgment.
public final class AgreementViewModel {
  private final Judging judging;
  private final TaskRunner runner;
  private final StringProperty workspace;
  private final ObservableList<String> annotators = FXCollections.observableArrayList();
  private final StringProperty newAnnotator = new SimpleStringProperty("");
  private final ObservableList<Agreement.PairKappa> pairs = FXCollections.observableArrayList();
  private final StringProperty fleiss = new SimpleStringProperty("");
  private final ObservableList<String> graders = FXCollections.observableArrayList();
  private final ObservableList<DisagreementRow> disagreements = FXCollections.observableArrayList();
  private final ObjectProperty<DisagreementRow> selected = new SimpleObjectProperty<>();
  private final ObjectProperty<Integer> grade = new SimpleObjectProperty<>(2);
  private final StringProperty note = new SimpleStringProperty("");
  private final BooleanProperty running = new SimpleBooleanProperty(false);
  private final StringProperty status = new SimpleStringProperty("");
  private JobHandle job;

  /// What one refresh reads: annotators, agreement, topic texts, and the adjudicated grade of each
  /// disagreement that has one as its latest judgment.
  private record Loaded(List<String> annotators, Agreement agreement, Map<String, String> texts,
      Map<String, Integer> settled) { }

  /// A model over `judging` for the workspace in `workspace`.
  public AgreementViewModel(Judging judging, TaskRunner runner, StringProperty workspace) {
    this.judging = judging;
    this.runner = runner;
    this.workspace = workspace;
  }

  /// Reloads annotators, agreement and disagreements in the background.
  public void refresh() {
    String ws = workspace.get();
    if (ws == null || ws.isBlank()) {
      clear();
      return;
    }
    if (job != null && !job.isDone()) {
      job.cancel();
    }
    running.set(true);
    job = runner.run("Agreement", ctx -> {
      List<String> names = judging.annotators(ws);
      Agreement agreement = judging.agreement(ws);
      Map<String, String> texts = new HashMap<>();
      judging.topics(ws).forEach(t -> texts.put(t.id().value(), t.text()));
      Map<String, Integer> settled = new HashMap<>();
      for (String topic : topicsOf(agreement)) {
        ctx.cancel().throwIfCancelled("agreement");
        judging.judgments(ws, new QueryId(topic)).forEach((doc, j) -> settle(settled, topic, doc, j));
      }
      return new Loaded(names, agreement, texts, settled);
    }, JobCallbacks.<Loaded>of(this::show, this::fail));
  }

  private static Set<String> topicsOf(Agreement a) {
    Set<String> out = new LinkedHashSet<>();
    a.disagreements().forEach(d -> out.add(d.topic()));
    return out;
  }

  private static void settle(Map<String, Integer> settled, String topic, DocId doc, Judgment j) {
    if (Judging.ADJUDICATED.equals(j.annotator()) && j.isGraded() && j.grade() != null) {
      settled.put(DisagreementRow.key(topic, doc.value()), j.grade().value());
    }
  }

  private void show(Loaded l) {
    running.set(false);
    String keep = selected.get() == null ? null : selected.get().key();
    annotators.setAll(l.annotators());
    pairs.setAll(l.agreement().pairs());
    fleiss.set("Fleiss' κ " + DisagreementRow.kappa(l.agreement().fleissKappa()) + " over "
        + l.agreement().fleissItems() + " items graded by two or more annotators");
    Set<String> who = new TreeSet<>();
    l.agreement().disagreements().forEach(d -> who.addAll(d.grades().keySet()));
    graders.setAll(who);
    disagreements.setAll(l.agreement().disagreements().stream().map(d -> new DisagreementRow(d,
        l.texts().get(d.topic()), l.settled().get(DisagreementRow.key(d.topic(), d.doc())))).toList());
    selected.set(disagreements.stream().filter(r -> r.key().equals(keep)).findFirst().orElse(null));
    long open = disagreements.stream().filter(r -> !r.settled()).count();
    status.set(l.annotators().size() + " annotators · " + disagreements.size() + " disagreements, " + open
        + " open");
  }

  private void clear() {
    annotators.clear();
    pairs.clear();
    graders.clear();
    disagreements.clear();
    fleiss.set("");
    selected.set(null);
  }

  /// Adds the annotator typed in [#newAnnotator], then refreshes.
  public void addAnnotator() {
    String name = newAnnotator.get() == null ? "" : newAnnotator.get().strip();
    String ws = workspace.get();
    if (name.isEmpty()) {
      status.set("Type the new annotator's name first.");
      return;
    }
    runner.runInOrder("Add annotator", ctx -> {
      judging.addAnnotator(ws, name);
      return name;
    }, JobCallbacks.<String>of(n -> {
      newAnnotator.set("");
      status.set("Added annotator " + n + ".");
      refresh();
    }, this::fail));
  }

  /// Settles the selected disagreement with the grade chosen in [#grade] and the [#note].
  public void adjudicate() {
    adjudicate(grade.get() == null ? -1 : grade.get());
  }

  /// Settles the selected disagreement with `value` (0–3, e.g. a key press) and the [#note], then
  /// refreshes.
  public void adjudicate(int value) {
    DisagreementRow row = selected.get();
    if (row == null) {
      status.set("Select a disagreement first.");
      return;
    }
    if (value < 0 || value > Grade.MAX) {
      status.set("Pick a grade 0–3 first.");
      return;
    }
    String ws = workspace.get();
    String text = note.get() == null || note.get().isBlank() ? null : note.get().strip();
    runner.runInOrder("Adjudicate", ctx -> judging.adjudicate(ws, new QueryId(row.topic()), new DocId(row.doc()),
        new Grade(value), text), JobCallbacks.<Judgment>of(j -> {
          row.adjudicated().set(value);
          note.set("");
          status.set("Adjudicated " + row.topic() + " / " + row.doc() + " as " + value + ".");
          refresh();
        }, this::fail));
  }

  /// Stops a running refresh.
  public void cancel() {
    if (job != null && !job.isDone()) {
      job.cancel();
    }
    running.set(false);
  }

  private void fail(Throwable e) {
    running.set(false);
    status.set(UiMessages.shortMessage(e));
  }

  /// The workspace's annotators.
  public ObservableList<String> annotators() {
    return annotators;
  }

  /// The name typed for *Add annotator*.
  public StringProperty newAnnotator() {
    return newAnnotator;
  }

  /// Cohen's weighted κ per annotator pair.
  public ObservableList<Agreement.PairKappa> pairs() {
    return pairs;
  }

  /// "Fleiss' κ 0.412 over 12 items …" (empty before the first refresh).
  public StringProperty fleiss() {
    return fleiss;
  }

  /// The annotators that graded a disagreement, one grade column each.
  public ObservableList<String> graders() {
    return graders;
  }

  /// The disagreements, largest spread first.
  public ObservableList<DisagreementRow> disagreements() {
    return disagreements;
  }

  /// The selected disagreement, or null.
  public ObjectProperty<DisagreementRow> selected() {
    return selected;
  }

  /// The grade the *Adjudicate* button records.
  public ObjectProperty<Integer> grade() {
    return grade;
  }

  /// The note recorded with the next adjudication.
  public StringProperty note() {
    return note;
  }

  /// Whether a refresh is running.
  public BooleanProperty running() {
    return running;
  }

  /// The status line.
  public StringProperty status() {
    return status;
  }
}
