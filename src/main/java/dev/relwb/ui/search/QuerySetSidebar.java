package dev.relwb.ui.search;

import dev.relwb.core.QueryId;
import dev.relwb.judge.QuerySet;
import dev.relwb.judge.QuerySetItem;
import dev.relwb.service.QuerySets;
import dev.relwb.ui.support.JobCallbacks;
import dev.relwb.ui.support.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The query-set sidebar of the Search tab: the workspace's query sets (Quepid's cases), the chosen
/// set's queries with the judged share of each one's first-stage top 10 (refreshed after every saved
/// judgment) and its Markdown guidelines; running a query of the set, and making, renaming, deleting,
/// importing and exporting sets. Without a [QuerySets] port ([#connect]) it stays empty.
public final class QuerySetSidebar {
  /// The depth whose judged share each query shows.
  static final int SHARE_DEPTH = 10;
  private final SearchViewModel search;
  private final ObservableStringValue workspace;
  private final TaskRunner runner;
  private final BooleanProperty available = new SimpleBooleanProperty(false);
  private final BooleanProperty expanded = new SimpleBooleanProperty(true);
  private final ObservableList<String> sets = FXCollections.observableArrayList();
  private final ObjectProperty<String> set = new SimpleObjectProperty<>();
  private final ObservableList<Entry> entries = FXCollections.observableArrayList();
  private final StringProperty guidelines = new SimpleStringProperty("");
  private List<QuerySet> known = List.of();
  private QuerySets port;
  private boolean refreshing;

  /// One query of the chosen set and its judged share (NaN until known).
  public record Entry(QuerySetItem item, double share) {
    /// The query text.
    public String text() {
      return item.topic().text();
    }

    /// The share as a percentage, `–` while unknown.
    public String shareText() {
      return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%d%%", Math.round(share * 100));
    }

    /// The information need and notes, for a tooltip (empty when there are none).
    public String details() {
      String need = item.infoNeed() == null ? "" : item.infoNeed().strip();
      String notes = item.notes() == null ? "" : item.notes().strip();
      return need.isEmpty() ? notes : notes.isEmpty() ? need : need + "\n\nNotes: " + notes;
    }
  }

  private record Loaded(String set, List<QuerySetItem> items, Map<QueryId, Double> shares) { }

  QuerySetSidebar(SearchViewModel search, ObservableStringValue workspace, TaskRunner runner) {
    this.search = search;
    this.workspace = workspace;
    this.runner = runner;
    workspace.addListener((o, a, ws) -> refresh(null));
    set.addListener((o, a, s) -> {
      if (!refreshing) {
        load();
      }
    });
    search.judging().saved().addListener((o, a, n) -> refreshShares());
  }

  /// Uses `querySets` from now on and reads the workspace's sets.
  public void connect(QuerySets querySets) {
    this.port = querySets;
    available.set(querySets != null);
    refresh(null);
  }

  /// Reads the sets again, then chooses `select` (null: keeps the chosen one, else the first).
  public void refresh(String select) {
    String ws = workspace.get();
    if (port == null || ws == null || ws.isBlank()) {
      known = List.of();
      sets.clear();
      entries.clear();
      guidelines.set("");
      return;
    }
    runner.run("Read query sets", ctx -> port.sets(ws), JobCallbacks.<List<QuerySet>>of(l -> showSets(l, select),
        search::fail));
  }

  private void showSets(List<QuerySet> list, String select) {
    known = List.copyOf(list);
    List<String> names = list.stream().map(QuerySet::name).toList();
    String keep = select != null ? select : set.get();
    refreshing = true;
    try {
      sets.setAll(names);
      set.set(names.contains(keep) ? keep : names.isEmpty() ? null : names.getFirst());
    } finally {
      refreshing = false;
    }
    load();
  }

  private void load() {
    String name = set.get();
    guidelines.set(known.stream().filter(s -> s.name().equals(name) && s.guidelines() != null)
        .map(QuerySet::guidelines).findFirst().orElse(""));
    if (name == null || port == null) {
      entries.clear();
      return;
    }
    String ws = workspace.get();
    String template = search.firstStages().template().get();
    runner.run("Read query set " + name, ctx -> new Loaded(name, port.items(ws, name),
        port.judgedShares(ws, name, SHARE_DEPTH, template)), JobCallbacks.<Loaded>of(this::show, search::fail));
  }

  private void show(Loaded l) {
    if (l.set().equals(set.get())) {
      entries.setAll(l.items().stream().map(i -> new Entry(i, l.shares().getOrDefault(i.topic().id(), Double.NaN)))
          .toList());
    }
  }

  /// Reads the judged shares of the chosen set again (after a judgment was saved).
  public void refreshShares() {
    String name = set.get();
    if (name == null || port == null || entries.isEmpty()) {
      return;
    }
    String ws = workspace.get();
    String template = search.firstStages().template().get();
    runner.run("Read judged shares", ctx -> port.judgedShares(ws, name, SHARE_DEPTH, template),
        JobCallbacks.<Map<QueryId, Double>>of(shares -> {
          if (name.equals(set.get())) {
            entries.replaceAll(e -> new Entry(e.item(), shares.getOrDefault(e.item().topic().id(), e.share())));
          }
        }, search::fail));
  }

  /// Runs `entry`'s query in the Search tab.
  public void run(Entry entry) {
    if (entry != null) {
      search.query().set(entry.text());
      search.search();
    }
  }

  /// Makes an empty set `name` and chooses it.
  public void create(String name) {
    String ws = writableWorkspace();
    if (ws != null) {
      QuerySets p = port;
      runner.run("New query set", ctx -> {
        p.create(ws, name);
        return "Created query set " + name;
      }, changed(name));
    }
  }

  /// Renames the chosen set to `to`.
  public void rename(String to) {
    String ws = writableWorkspace();
    String from = set.get();
    if (ws != null && from != null) {
      QuerySets p = port;
      runner.run("Rename query set", ctx -> {
        p.rename(ws, from, to);
        return "Renamed " + from + " to " + to;
      }, changed(to));
    }
  }

  /// Deletes the chosen set (its topics and judgments stay).
  public void delete() {
    String ws = writableWorkspace();
    String name = set.get();
    if (ws != null && name != null) {
      QuerySets p = port;
      runner.run("Delete query set", ctx -> {
        p.delete(ws, name);
        return "Deleted query set " + name + " (its topics and judgments stay)";
      }, changed(null));
    }
  }

  /// Adds the query in the search field to the chosen set, with an optional information need and notes.
  public void addCurrentQuery(String infoNeed, String notes) {
    String ws = writableWorkspace();
    String name = set.get();
    String text = currentQuery();
    if (ws == null || name == null || text.isEmpty()) {
      search.status().set(ws == null ? search.status().get()
          : name == null ? "Choose or make a query set first." : "Type a query first.");
      return;
    }
    String lang = search.language().get().code();
    QuerySets p = port;
    runner.run("Add query to set", ctx -> {
      p.addQuery(ws, name, text, lang, blankToNull(infoNeed), blankToNull(notes));
      return "Added \"" + text + "\" to " + name;
    }, changed(name));
  }

  /// The query in the search field, stripped.
  public String currentQuery() {
    return search.query().get() == null ? "" : search.query().get().strip();
  }

  /// Saves the chosen set's Markdown guidelines.
  public void saveGuidelines(String markdown) {
    String ws = writableWorkspace();
    String name = set.get();
    if (ws != null && name != null) {
      String md = markdown == null ? "" : markdown;
      QuerySets p = port;
      runner.run("Save guidelines", ctx -> {
        p.setGuidelines(ws, name, md);
        return "Saved the guidelines of " + name;
      }, changed(name));
    }
  }

  /// Imports `file` (a format of [QuerySets#FORMATS]) into the chosen set, or into a new set named after
  /// the file when none is chosen.
  public void importFile(String format, Path file) {
    String ws = writableWorkspace();
    String name = set.get() != null ? set.get() : baseName(file);
    if (ws != null) {
      QuerySets p = port;
      runner.run("Import queries", ctx -> "Imported " + p.importFile(ws, name, format, file) + " queries from "
          + file.getFileName() + " into " + name, changed(name));
    }
  }

  /// Exports the chosen set to `file` in a format of [QuerySets#FORMATS].
  public void exportFile(String format, Path file) {
    String ws = writableWorkspace();
    String name = set.get();
    if (ws != null && name != null) {
      QuerySets p = port;
      runner.run("Export queries", ctx -> "Exported " + p.exportFile(ws, name, format, file) + " queries of " + name
          + " to " + file, JobCallbacks.<String>of(search.status()::set, search::fail));
    }
  }

  /// The workspace to change, or null (with a status line) when there is none or no port.
  private String writableWorkspace() {
    String ws = workspace.get();
    if (port == null || ws == null || ws.isBlank()) {
      search.status().set("Choose or create a workspace first (Corpus tab).");
      return null;
    }
    return ws;
  }

  /// After a change: its message in the status line, and the sets read again, choosing `select`.
  private JobCallbacks<String> changed(String select) {
    return JobCallbacks.of(message -> {
      search.status().set(message);
      refresh(select);
    }, search::fail);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String baseName(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  /// Whether the window has a query-set service (false in tests that give none).
  public BooleanProperty available() {
    return available;
  }

  /// Whether the sidebar is open.
  public BooleanProperty expanded() {
    return expanded;
  }

  /// The workspace's query sets, by name.
  public ObservableList<String> sets() {
    return sets;
  }

  /// The chosen set, or null.
  public ObjectProperty<String> set() {
    return set;
  }

  /// The chosen set's queries, in order, with their judged shares.
  public ObservableList<Entry> entries() {
    return entries;
  }

  /// The chosen set's Markdown guidelines (empty when none).
  public StringProperty guidelines() {
    return guidelines;
  }
}
