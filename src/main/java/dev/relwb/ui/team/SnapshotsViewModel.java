package dev.relwb.ui.team;

import dev.relwb.core.Progress;
import dev.relwb.eval.MetricComparison;
import dev.relwb.judge.QuerySet;
import dev.relwb.judge.Snapshot;
import dev.relwb.service.QuerySets;
import dev.relwb.service.SnapshotDiff;
import dev.relwb.service.SnapshotRequest;
import dev.relwb.service.Snapshots;
import dev.relwb.ui.support.JobCallbacks;
import dev.relwb.ui.support.JobHandle;
import dev.relwb.ui.support.TaskRunner;
import dev.relwb.ui.support.UiMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import javafx.collections.transformation.FilteredList;

/// State and actions of *Snapshots*: the workspace's snapshots; *Save snapshot* (name, query set or all
/// topics, note; every list ranked to depth [#SAVE_K] as [SnapshotSetup] says); *Delete*; and *Compare* of
/// snapshot A with snapshot B or now at depth k, showing for the chosen list the metrics (means, Δ,
/// p-values) and each query's rank moves. Saving and comparing run in the background with progress and
/// cancel.
public final class SnapshotsViewModel {
  /// The query-set choice that covers every topic of the workspace.
  public static final String ALL_TOPICS = "all topics";
  /// The B choice that ranks again now.
  public static final String NOW = "now";
  /// Documents kept per query and list when saving.
  public static final int SAVE_K = 100;
  private final Snapshots snapshots;
  private final QuerySets querySets;
  private final TaskRunner runner;
  private final StringProperty workspace;
  private final Supplier<SnapshotSetup> setup;
  private final ObservableList<Snapshot> saved = FXCollections.observableArrayList();
  private final ObjectProperty<Snapshot> selected = new SimpleObjectProperty<>();
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty note = new SimpleStringProperty("");
  private final ObservableList<String> sets = FXCollections.observableArrayList(ALL_TOPICS);
  private final StringProperty set = new SimpleStringProperty(ALL_TOPICS);
  private final ObservableList<String> choicesA = FXCollections.observableArrayList();
  private final ObservableList<String> choicesB = FXCollections.observableArrayList(NOW);
  private final StringProperty a = new SimpleStringProperty();
  private final StringProperty b = new SimpleStringProperty(NOW);
  private final ObjectProperty<Integer> k = new SimpleObjectProperty<>(10);
  private final ObjectProperty<SnapshotDiff> diff = new SimpleObjectProperty<>();
  private final ObservableList<String> lists = FXCollections.observableArrayList();
  private final StringProperty list = new SimpleStringProperty();
  private final ObservableList<MetricComparison> metrics = FXCollections.observableArrayList();
  private final ObservableList<SnapshotDiff.QueryDiff> allMoves = FXCollections.observableArrayList();
  private final FilteredList<SnapshotDiff.QueryDiff> moves = new FilteredList<>(allMoves);
  private final BooleanProperty onlyChanged = new SimpleBooleanProperty(true);
  private final StringProperty summary = new SimpleStringProperty("");
  private final BooleanProperty running = new SimpleBooleanProperty(false);
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final StringProperty status = new SimpleStringProperty("");
  private JobHandle job;

  /// A model over the ports for the workspace in `workspace`; `setup` tells at each save how to rank.
  public SnapshotsViewModel(Snapshots snapshots, QuerySets querySets, TaskRunner runner, StringProperty workspace,
      Supplier<SnapshotSetup> setup) {
    this.snapshots = snapshots;
    this.querySets = querySets;
    this.runner = runner;
    this.workspace = workspace;
    this.setup = setup;
    list.addListener((o, x, l) -> showList());
    onlyChanged.addListener((o, x, only) -> filter());
    filter();
  }

  private record Loaded(List<Snapshot> snapshots, List<String> sets) { }

  /// Reloads the snapshots and the query sets.
  public void refresh() {
    String ws = workspace.get();
    if (ws == null || ws.isBlank()) {
      saved.clear();
      choicesA.clear();
      return;
    }
    runner.run("Load snapshots", ctx -> new Loaded(snapshots.list(ws),
        querySets.sets(ws).stream().map(QuerySet::name).toList()), JobCallbacks.<Loaded>of(this::show, this::fail));
  }

  private void show(Loaded l) {
    String keepA = a.get();
    String keepB = b.get();
    String keepSet = set.get();
    saved.setAll(l.snapshots());
    List<String> names = l.snapshots().stream().map(Snapshot::name).toList();
    List<String> bs = new ArrayList<>(names);
    bs.add(NOW);
    List<String> ss = new ArrayList<>(List.of(ALL_TOPICS));
    ss.addAll(l.sets());
    // a combo box keeps the selected index (and may show a stale item) when its items change: clear the
    // chosen values first and put them back after
    a.set(null);
    b.set(null);
    set.set(null);
    choicesA.setAll(names);
    choicesB.setAll(bs);
    sets.setAll(ss);
    a.set(names.contains(keepA) ? keepA : names.isEmpty() ? null : names.getLast());
    b.set(bs.contains(keepB) ? keepB : NOW);
    set.set(ss.contains(keepSet) ? keepSet : ALL_TOPICS);
    if (l.snapshots().isEmpty()) {
      status.set("No snapshots yet: name one and press Save snapshot.");
    }
  }

  /// Saves a snapshot of every list for the chosen query set.
  public void save() {
    String n = name.get() == null ? "" : name.get().strip();
    if (n.isEmpty()) {
      status.set("Name the snapshot first.");
      return;
    }
    SnapshotSetup s = setup.get();
    String querySet = ALL_TOPICS.equals(set.get()) ? null : set.get();
    String text = note.get() == null || note.get().isBlank() ? null : note.get().strip();
    SnapshotRequest req = new SnapshotRequest(workspace.get(), querySet, n, text, SAVE_K, s.template(), s.depth(),
        s.adapters(), s.k1(), s.b());
    start("Saving snapshot " + n + "…");
    job = runner.run("Save snapshot", ctx -> snapshots.save(req, ctx.progress(), ctx.cancel()),
        JobCallbacks.<Snapshot>of(snap -> {
          finish("Saved snapshot " + snap.name() + " (" + snap.lists().size() + " lists).");
          name.set("");
          note.set("");
          refresh();
        }, this::fail).withProgress(this::onProgress));
  }

  /// Deletes the selected snapshot.
  public void delete() {
    Snapshot s = selected.get();
    if (s == null) {
      status.set("Select a snapshot first.");
      return;
    }
    String ws = workspace.get();
    runner.runInOrder("Delete snapshot", ctx -> {
      snapshots.delete(ws, s.name());
      return s.name();
    }, JobCallbacks.<String>of(gone -> {
      status.set("Deleted snapshot " + gone + ".");
      refresh();
    }, this::fail));
  }

  /// Compares snapshot A with B (or now) at depth k.
  public void compare() {
    String first = a.get();
    String second = b.get() == null || NOW.equals(b.get()) ? null : b.get();
    int depth = k.get() == null ? 10 : k.get();
    if (first == null) {
      status.set("Save a snapshot first, then pick it as A.");
      return;
    }
    if (depth < 1) {
      status.set("k must be 1 or more.");
      return;
    }
    String ws = workspace.get();
    start("Comparing " + first + " with " + (second == null ? NOW : second) + "…");
    job = runner.run("Compare snapshots", ctx -> snapshots.diff(ws, first, second, depth, ctx.progress(),
        ctx.cancel()), JobCallbacks.<SnapshotDiff>of(this::showDiff, this::fail).withProgress(this::onProgress));
  }

  private void showDiff(SnapshotDiff d) {
    List<String> names = d.lists().stream().map(SnapshotDiff.ListDiff::list).toList();
    String keep = list.get();
    diff.set(d);
    lists.setAll(names);
    list.set(null);
    list.set(names.contains(keep) ? keep : names.isEmpty() ? null : names.getFirst());
    finish("Compared " + d.a() + " with " + d.b() + " (k=" + d.k() + ", " + names.size() + " lists).");
  }

  private void showList() {
    SnapshotDiff.ListDiff l = listDiff();
    if (l == null) {
      metrics.clear();
      allMoves.clear();
      summary.set("");
      return;
    }
    metrics.setAll(l.report().comparison() == null ? List.of() : l.report().comparison().metrics());
    allMoves.setAll(l.queries());
    long changed = l.queries().stream().filter(SnapshotDiff.QueryDiff::changed).count();
    summary.set(l.list() + ": " + changed + " of " + l.queries().size() + " queries changed in the top "
        + diff.get().k());
  }

  /// The chosen list's diff, or null.
  public SnapshotDiff.ListDiff listDiff() {
    SnapshotDiff d = diff.get();
    return d == null ? null : d.lists().stream().filter(l -> Objects.equals(l.list(), list.get())).findFirst()
        .orElse(null);
  }

  private void filter() {
    moves.setPredicate(onlyChanged.get() ? SnapshotDiff.QueryDiff::changed : q -> true);
  }

  private void start(String message) {
    cancel();
    running.set(true);
    progress.set(-1);
    status.set(message);
  }

  private void onProgress(Progress p) {
    progress.set(p.fraction());
    status.set(p.done() + " / " + p.total() + (p.message().isBlank() ? "" : " · " + p.message()));
  }

  private void finish(String message) {
    running.set(false);
    progress.set(1);
    status.set(message);
  }

  /// Stops a running save or compare.
  public void cancel() {
    if (job != null && !job.isDone()) {
      job.cancel();
      status.set("Cancelled.");
    }
    running.set(false);
  }

  private void fail(Throwable e) {
    running.set(false);
    status.set(UiMessages.shortMessage(e));
  }

  /// The workspace's snapshots, oldest first.
  public ObservableList<Snapshot> snapshots() {
    return saved;
  }

  /// The selected snapshot (for *Delete*), or null.
  public ObjectProperty<Snapshot> selected() {
    return selected;
  }

  /// The new snapshot's name.
  public StringProperty name() {
    return name;
  }

  /// The new snapshot's note.
  public StringProperty note() {
    return note;
  }

  /// The query-set choices: [#ALL_TOPICS], then the workspace's sets.
  public ObservableList<String> sets() {
    return sets;
  }

  /// The chosen query set.
  public StringProperty set() {
    return set;
  }

  /// The A choices: every snapshot.
  public ObservableList<String> choicesA() {
    return choicesA;
  }

  /// The B choices: every snapshot, then [#NOW].
  public ObservableList<String> choicesB() {
    return choicesB;
  }

  /// Snapshot A.
  public StringProperty a() {
    return a;
  }

  /// Snapshot B, or [#NOW].
  public StringProperty b() {
    return b;
  }

  /// The depth compared (default 10).
  public ObjectProperty<Integer> k() {
    return k;
  }

  /// The last comparison, or null.
  public ObjectProperty<SnapshotDiff> diff() {
    return diff;
  }

  /// The lists of the last comparison.
  public ObservableList<String> lists() {
    return lists;
  }

  /// The list shown.
  public StringProperty list() {
    return list;
  }

  /// The shown list's metrics, A against B.
  public ObservableList<MetricComparison> metrics() {
    return metrics;
  }

  /// The shown list's queries (only the changed ones while [#onlyChanged] is on).
  public ObservableList<SnapshotDiff.QueryDiff> moves() {
    return moves;
  }

  /// Whether the moves table hides queries whose top k did not change.
  public BooleanProperty onlyChanged() {
    return onlyChanged;
  }

  /// "BM25: 3 of 5 queries changed in the top 10".
  public StringProperty summary() {
    return summary;
  }

  /// Whether a save or compare is running.
  public BooleanProperty running() {
    return running;
  }

  /// Fraction done (-1 while unknown).
  public DoubleProperty progress() {
    return progress;
  }

  /// The status line.
  public StringProperty status() {
    return status;
  }
}
