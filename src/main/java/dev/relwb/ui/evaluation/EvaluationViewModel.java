package dev.relwb.ui.evaluation;

import dev.relwb.eval.Aggregation;
import dev.relwb.eval.MetricComparison;
import dev.relwb.service.CompareRequest;
import dev.relwb.service.EvalOutcome;
import dev.relwb.service.Evaluating;
import dev.relwb.service.Settings;
import dev.relwb.ui.support.JobCallbacks;
import dev.relwb.ui.support.JobHandle;
import dev.relwb.ui.support.TaskRunner;
import dev.relwb.ui.support.UiMessages;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// State and actions of the Evaluation tab: pick a topic set and how the annotators' grades are combined
/// (the *Aggregate* choice), run both systems over it in the background (progress, cancel), show the
/// report, export runs and report.
public final class EvaluationViewModel {
  private final Evaluating evaluating;
  private final TaskRunner runner;
  private final StringProperty workspace;
  private final Supplier<String> language;
  private final IntSupplier depth;
  private final Supplier<Settings> settings;
  private final ObservableList<String> topicSets = FXCollections.observableArrayList();
  private final StringProperty topicSet = new SimpleStringProperty();
  private final ObservableList<Aggregation> aggregations =
      FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(Aggregation.values()));
  private final ObjectProperty<Aggregation> aggregation = new SimpleObjectProperty<>(Aggregation.LATEST);
  private final BooleanProperty running = new SimpleBooleanProperty(false);
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final StringProperty status = new SimpleStringProperty("Pick a topic set and press Run.");
  private final ObjectProperty<EvalOutcome> report = new SimpleObjectProperty<>();
  private final ObservableList<MetricComparison> rows = FXCollections.observableArrayList();
  private final ObjectProperty<MetricComparison> main = new SimpleObjectProperty<>();
  private final StringProperty winLossTie = new SimpleStringProperty("");
  private JobHandle job;

  /// A tab model over `evaluating`; language and depth come from the search bar, BM25 k1/b from the
  /// saved settings.
  public EvaluationViewModel(Evaluating evaluating, TaskRunner runner, StringProperty workspace,
      Supplier<String> language, IntSupplier depth, Supplier<Settings> settings) {
    this.evaluating = evaluating;
    this.runner = runner;
    this.workspace = workspace;
    this.language = language;
    this.depth = depth;
    this.settings = settings;
    workspace.addListener((o, a, b) -> refresh());
  }

  /// Reloads the workspace's topic sets.
  public void refresh() {
    String ws = workspace.get();
    if (ws == null || ws.isBlank()) {
      topicSets.clear();
      return;
    }
    runner.run("Load topic sets", ctx -> evaluating.topicSets(ws), JobCallbacks.<List<String>>of(sets -> {
      topicSets.setAll(sets);
      if (topicSet.get() == null || !sets.contains(topicSet.get())) {
        topicSet.set(sets.isEmpty() ? null : sets.getFirst());
      }
      if (sets.isEmpty()) {
        status.set("This workspace has no judged topics yet: import qrels or judge some results.");
      }
    }, this::fail));
  }

  /// Runs BM25 and BM25+mono-XM over the chosen topic set.
  public void run() {
    if (topicSet.get() == null) {
      status.set("Pick a topic set first.");
      return;
    }
    cancel();
    Settings s = settings.get();
    CompareRequest req = new CompareRequest(workspace.get(), topicSet.get(), language.get(), depth.getAsInt(), 100,
        s.k1(), s.b(), aggregation.get());
    running.set(true);
    progress.set(-1);
    status.set("Evaluating " + req.topicSet() + " (" + req.aggregation().label() + " grades)…");
    job = runner.run("Evaluation", ctx -> evaluating.compareSystems(req, ctx.progress(), ctx.cancel()),
        JobCallbacks.<EvalOutcome>of(this::show, this::fail).withProgress(p -> {
          progress.set(p.fraction());
          status.set(p.done() + " / " + p.total() + " topics" + (p.message().isBlank() ? "" : " · " + p.message()));
        }));
  }

  private void show(EvalOutcome r) {
    running.set(false);
    progress.set(1);
    List<MetricComparison> metrics = r.report().comparison().metrics();
    MetricComparison m = metrics.getFirst();
    rows.setAll(metrics);
    winLossTie.set("BM25+mono-XM against BM25 on " + m.metric() + ": " + m.wins() + " wins · " + m.losses()
        + " losses · " + m.ties() + " ties");
    status.set("Evaluated " + r.report().comparison().topics().size() + " topics.");
    report.set(r);
    main.set(m);
  }

  /// Stops a running evaluation.
  public void cancel() {
    if (job != null && !job.isDone()) {
      job.cancel();
      status.set("Evaluation cancelled.");
    }
    running.set(false);
  }

  /// Writes both runs and the report into `folder`.
  public void export(Path folder) {
    EvalOutcome r = report.get();
    if (r == null) {
      status.set("Run an evaluation first.");
      return;
    }
    runner.run("Export", ctx -> evaluating.export(r, folder), JobCallbacks.<List<Path>>of(files ->
        status.set("Wrote " + files.size() + " files to " + folder), this::fail));
  }

  private void fail(Throwable e) {
    running.set(false);
    status.set(UiMessages.shortMessage(e));
  }

  /// The workspace's topic sets.
  public ObservableList<String> topicSets() {
    return topicSets;
  }

  /// The chosen topic set.
  public StringProperty topicSet() {
    return topicSet;
  }

  /// The ways to combine several annotators' grades, in the order offered.
  public ObservableList<Aggregation> aggregations() {
    return aggregations;
  }

  /// How the annotators' grades are combined per pair (`latest` unless chosen; null counts as `latest`);
  /// an adjudicated grade always wins.
  public ObjectProperty<Aggregation> aggregation() {
    return aggregation;
  }

  /// Whether an evaluation is running.
  public BooleanProperty running() {
    return running;
  }

  /// Fraction of topics done (-1 while unknown).
  public DoubleProperty progress() {
    return progress;
  }

  /// The status line.
  public StringProperty status() {
    return status;
  }

  /// The last result, or null.
  public ObjectProperty<EvalOutcome> report() {
    return report;
  }

  /// The metrics table rows: each metric compared (run A = BM25, run B = BM25+mono-XM).
  public ObservableList<MetricComparison> rows() {
    return rows;
  }

  /// The main metric (the first, nDCG@10) compared, with its per-topic Δ; null before a run.
  public ObjectProperty<MetricComparison> main() {
    return main;
  }

  /// "n wins · n losses · n ties".
  public StringProperty winLossTie() {
    return winLossTie;
  }
}
