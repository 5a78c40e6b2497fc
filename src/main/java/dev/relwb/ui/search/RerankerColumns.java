package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import dev.relwb.judge.Judgment;
import dev.relwb.search.Hit;
import dev.relwb.service.Evaluating;
import dev.relwb.service.QueryMetrics;
import dev.relwb.service.RerankedPassage;
import dev.relwb.service.RerankerInfo;
import dev.relwb.service.Reranking;
import dev.relwb.service.Settings;
import dev.relwb.ui.support.JobCallbacks;
import dev.relwb.ui.support.JobHandle;
import dev.relwb.ui.support.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The search view's reranker columns, up to [#MAX]: the first is the mono-XM list (the loaded model, or a
/// model of the *Models* list), the others are off until a model is chosen for them. Each column loads its
/// model in a job of its own (the service keeps it loaded), has its own adapter language and streams its
/// own MaxP rerank of the shown head; a column whose model fails says why in its header and the others go on.
public final class RerankerColumns {
  /// How many reranker columns the search view shows at most.
  public static final int MAX = 3;
  private final Reranking reranking;
  private final TaskRunner runner;
  private final MaxPReranks reranks;
  private final Supplier<Settings> settings;
  private final Supplier<MaxPReranks.Input> shown;
  private final BiConsumer<RerankedList, List<RerankedPassage>> onBatch;
  private final Runnable firstChanged;
  private final List<RerankerColumn> columns = new ArrayList<>();
  private final List<JobHandle> loads = new ArrayList<>();
  private final ObservableList<ModelChoice> firstChoices = FXCollections.observableArrayList(ModelChoice.LOADED);
  private final ObservableList<ModelChoice> otherChoices = FXCollections.observableArrayList(ModelChoice.OFF);
  private final BooleanProperty othersShown = new SimpleBooleanProperty(false);

  /// Columns over the reranking port; `first` is the mono-XM list, `shown` gives the shown search's head
  /// (null before the first search), `onBatch` applies streamed batches and `firstChanged` reruns the first
  /// column after its model changed.
  RerankerColumns(Reranking reranking, TaskRunner runner, MaxPReranks reranks, Supplier<Settings> settings,
      RerankedList first, Supplier<MaxPReranks.Input> shown, BiConsumer<RerankedList, List<RerankedPassage>> onBatch,
      Runnable firstChanged) {
    this.reranking = reranking;
    this.runner = runner;
    this.reranks = reranks;
    this.settings = settings;
    this.shown = shown;
    this.onBatch = onBatch;
    this.firstChanged = firstChanged;
    for (int i = 0; i < MAX; i++) {
      RerankerColumn c = new RerankerColumn(i, i == 0 ? first : new RerankedList(), i == 0 ? ModelChoice.LOADED
          : ModelChoice.OFF);
      columns.add(c);
      loads.add(null);
      c.model().addListener((o, a, m) -> modelChanged(c));
      c.language().addListener((o, a, l) -> {
        if (c.index() > 0 && l != null) {
          start(c);
        }
      });
    }
    refreshChoices();
  }

  /// Rereads the *Models* list of the settings into the model boxes.
  public void refreshChoices() {
    List<ModelChoice> models = settings.get().models().stream().map(ModelChoice::of).toList();
    List<ModelChoice> first = new ArrayList<>(List.of(ModelChoice.LOADED));
    first.addAll(models);
    List<ModelChoice> other = new ArrayList<>(List.of(ModelChoice.OFF));
    other.addAll(models);
    if (!firstChoices.equals(first)) {
      firstChoices.setAll(first);
    }
    if (!otherChoices.equals(other)) {
      otherChoices.setAll(other);
    }
    othersShown.set(!models.isEmpty() || columns.stream().skip(1).anyMatch(c -> !c.off()));
  }

  private void modelChanged(RerankerColumn c) {
    JobHandle old = loads.get(c.index());
    if (old != null) {
      old.cancel();
    }
    c.list().stop();
    c.loading();
    refreshChoices();
    if (c.off()) {
      return;
    }
    if (!c.ownModel()) {
      reranking.model().ifPresentOrElse(c::loaded, () -> c.header().set("mono-XM"));
      firstChanged.run();
      return;
    }
    String location = c.location();
    JobHandle h = new JobHandle("Load " + location);
    loads.set(c.index(), h);
    runner.run(h, ctx -> reranking.describe(location, ctx.progress(), ctx.cancel()), JobCallbacks.<RerankerInfo>of(info -> {
      c.loaded(info);
      if (c.index() == 0) {
        firstChanged.run();
      } else {
        start(c);
      }
    }, c::failed));
  }

  /// Starts the reranks of the other columns for the shown search (the first column is the view model's).
  void startOthers() {
    columns.stream().skip(1).forEach(this::start);
  }

  private void start(RerankerColumn c) {
    MaxPReranks.Input in = shown.get();
    if (in == null || !c.ready()) {
      return;
    }
    reranks.start(c.list(), in.with(c.language().get(), c.location()), onBatch, c::failed);
  }

  /// Cancels the reranks of the other columns.
  void stopOthers() {
    columns.stream().skip(1).forEach(c -> c.list().stop());
  }

  /// Clears the other columns' lists (a new query).
  void clearOthers() {
    columns.stream().skip(1).forEach(c -> c.list().clear());
  }

  void rebuild(Map<DocId, Judgment> judgments) {
    columns.stream().skip(1).forEach(c -> c.list().rebuild(judgments));
  }

  void updateMetrics(Evaluating evaluating, List<Hit> hits, Map<DocId, Judgment> judgments) {
    for (RerankerColumn c : columns.subList(1, columns.size())) {
      c.metrics().set(c.list().rows().isEmpty() ? QueryMetrics.EMPTY
          : evaluating.liveMetrics(c.list().effectiveRanking(hits), judgments));
    }
  }

  /// The column at `index` (0 = the first).
  public RerankerColumn column(int index) {
    return columns.get(index);
  }

  /// The first column (the mono-XM list).
  public RerankerColumn first() {
    return columns.getFirst();
  }

  /// The first column's model choices: the loaded model, then the *Models* list.
  public ObservableList<ModelChoice> firstChoices() {
    return firstChoices;
  }

  /// The other columns' model choices: off, then the *Models* list.
  public ObservableList<ModelChoice> otherChoices() {
    return otherChoices;
  }

  /// Whether the other columns are shown (the *Models* list is not empty, or one of them has a model).
  public BooleanProperty othersShown() {
    return othersShown;
  }

  /// Chooses the model of column `index` by location (null: the loaded model; "": off).
  public void choose(int index, String location) {
    columns.get(index).model().set(location == null ? ModelChoice.LOADED : location.isEmpty() ? ModelChoice.OFF
        : ModelChoice.of(location));
  }
}
