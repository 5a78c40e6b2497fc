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
  private final ObservableList<ModelChoice> models = FXCollections.observableArrayList();
  private final ObservableList<String> systems = FXCollections.observableArrayList(BM25);
  private final StringProperty baseline = new SimpleStringProperty(BM25);
  private final ObservableList<String> chartSystems = FXCollections.observableArrayList();
  private final StringProperty chartSystem = new SimpleStringProperty();
  private final ObservableList<String> meanSystems = FXCollections.observableArrayList();
  private final ObservableList<MeanRow> means = FXCollections.observableArrayList();
  private final ObservableList<DeltaRow> deltas = FXCollections.observableArrayList();
  private final StringProperty holmNote = new SimpleStringProperty("");
  private JobHandle job;

  /// The first system, the default baseline.
  public static final String BM25 = "BM25";

  /// One entry of the *Models* list (from the settings) and whether it joins the comparison.
  public static final class ModelChoice {
    private final String location;
    private final BooleanProperty selected = new SimpleBooleanProperty(false);

    ModelChoice(String location) {
      this.location = location;
    }

    /// The model's location (a folder or hub repo id).
    public String location() {
      return location;
    }

    /// The system name its run gets.
    public String system() {
      return CompareRequest.systemName(location);
    }

    /// Whether the model is compared.
    public BooleanProperty selected() {
      return selected;
    }
  }

  /// The means of one metric, one per system (in the order of [#meanSystems]).
  public record MeanRow(String metric, List<Double> means) { }

  /// One metric of one system compared with the baseline (raw and Holm p-values, W/T/L).
  public record DeltaRow(String metric, String system, MetricComparison comparison) { }

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
    baseline.addListener((o, a, b) -> {
      if (b != null && !b.equals(a) && report.get() != null && !running.get()) {
        run();
      }
    });
    chartSystem.addListener((o, a, b) -> showChartSystem());
    loadModels();
  }

  /// Refreshes the model checkboxes from the settings' *Models* list, keeping the ticks.
  public void loadModels() {
    Settings s = settings.get();
    List<String> locations = s == null || s.models() == null ? List.of() : s.models();
    java.util.Set<String> ticked = new java.util.HashSet<>();
    models.stream().filter(m -> m.selected().get()).forEach(m -> ticked.add(m.location()));
    List<ModelChoice> fresh = new java.util.ArrayList<>();
    for (String l : locations) {
      ModelChoice c = new ModelChoice(l);
      c.selected().set(ticked.contains(l));
      c.selected().addListener((o, a, b) -> updateSystems());
      fresh.add(c);
    }
    models.setAll(fresh);
    updateSystems();
  }

  private void updateSystems() {
    List<String> names = new java.util.ArrayList<>(List.of(BM25, "BM25+mono-XM"));
    models.stream().filter(m -> m.selected().get()).forEach(m -> names.add(m.system()));
    String keep = baseline.get();
    systems.setAll(names);
    if (keep == null || !names.contains(keep)) {
      baseline.set(BM25);
    }
  }

  /// Reloads the workspace's topic sets.
  public void refresh() {
    loadModels();
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
    List<String> chosen = models.stream().filter(m -> m.selected().get()).map(ModelChoice::location).toList();
    String base = baseline.get() == null ? BM25 : baseline.get();
    CompareRequest req = chosen.isEmpty() && BM25.equals(base)
        ? new CompareRequest(workspace.get(), topicSet.get(), language.get(), depth.getAsInt(), 100,
            s.k1(), s.b(), aggregation.get())
        : new CompareRequest(workspace.get(), topicSet.get(), language.get(), depth.getAsInt(), 100,
            s.k1(), s.b(), aggregation.get(), chosen, base);
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
    var rep = r.report();
    List<dev.relwb.eval.Comparison> cmps = rep.comparisons();
    String base = rep.baseline() != null ? rep.baseline() : cmps.getFirst().runA();
    List<String> names = new java.util.ArrayList<>(List.of(base));
    cmps.forEach(c -> names.add(c.runB()));
    meanSystems.setAll(names);
    List<MeanRow> meanRows = new java.util.ArrayList<>();
    List<DeltaRow> deltaRows = new java.util.ArrayList<>();
    List<MetricComparison> first = cmps.getFirst().metrics();
    for (int i = 0; i < first.size(); i++) {
      List<Double> values = new java.util.ArrayList<>(List.of(first.get(i).meanA()));
      for (var c : cmps) {
        MetricComparison m = c.metrics().get(i);
        values.add(m.meanB());
        deltaRows.add(new DeltaRow(m.metric(), c.runB(), m));
      }
      meanRows.add(new MeanRow(first.get(i).metric(), values));
    }
    means.setAll(meanRows);
    deltas.setAll(deltaRows);
    holmNote.set(cmps.size() > 1
        ? "Δ against " + base + "; p (Holm): Holm–Bonferroni over the " + cmps.size()
            + " comparisons (N−1, N = " + names.size() + " systems), per metric"
        : "Δ against " + base + "; p (Holm): Holm–Bonferroni over the N−1 comparisons, per metric (one here: "
            + "equal to the raw p)");
    report.set(r);
    List<String> others = names.subList(1, names.size());
    String keep = chartSystem.get();
    chartSystems.setAll(others);
    if (keep != null && others.contains(keep)) {
      showChartSystem();
    } else {
      chartSystem.set(others.getFirst());
      showChartSystem();
    }
    status.set("Evaluated " + cmps.getFirst().topics().size() + " topics.");
  }

  private void showChartSystem() {
    EvalOutcome r = report.get();
    if (r == null) {
      return;
    }
    var cmp = r.report().comparisons().stream().filter(c -> c.runB().equals(chartSystem.get())).findFirst()
        .orElse(r.report().comparison());
    List<MetricComparison> metrics = cmp.metrics();
    MetricComparison m = metrics.getFirst();
    rows.setAll(metrics);
    winLossTie.set(cmp.runB() + " against " + cmp.runA() + " on " + m.metric() + ": " + m.wins() + " wins · "
        + m.losses() + " losses · " + m.ties() + " ties");
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

  /// Writes every run and the report into `folder`.
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

  /// The metrics of the charted system against the baseline.
  public ObservableList<MetricComparison> rows() {
    return rows;
  }

  /// The main metric (the first, nDCG@10) of the charted system compared, with its per-topic Δ; null before
  /// a run.
  public ObjectProperty<MetricComparison> main() {
    return main;
  }

  /// The *Models* list as checkboxes: the ticked ones are compared too.
  public ObservableList<ModelChoice> models() {
    return models;
  }

  /// The systems a run would compare (BM25, BM25+mono-XM, the ticked models): the *Baseline* choices.
  public ObservableList<String> systems() {
    return systems;
  }

  /// The baseline every other system is compared with (BM25 unless chosen); changing it after a run
  /// runs again.
  public StringProperty baseline() {
    return baseline;
  }

  /// The systems of the last report other than its baseline: the chart's choices.
  public ObservableList<String> chartSystems() {
    return chartSystems;
  }

  /// The system whose per-topic Δ against the baseline the chart shows.
  public StringProperty chartSystem() {
    return chartSystem;
  }

  /// The systems of the last report, baseline first (the columns of [#means]).
  public ObservableList<String> meanSystems() {
    return meanSystems;
  }

  /// The mean of each metric per system.
  public ObservableList<MeanRow> means() {
    return means;
  }

  /// Per metric, each system's Δ against the baseline with raw and Holm p-values and W/T/L.
  public ObservableList<DeltaRow> deltas() {
    return deltas;
  }

  /// What the Holm p-values are corrected over.
  public StringProperty holmNote() {
    return holmNote;
  }

  /// "n wins · n losses · n ties".
  public StringProperty winLossTie() {
    return winLossTie;
  }
}
