package dev.relwb.judge;

import dev.relwb.core.QueryId;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/// A team's judging in one workspace's store: annotators, query sets (queries with information needs and
/// notes, Markdown guidelines), snapshots of rankings, and the append-only history of every change to
/// them. Each write is one committed transaction that also appends to the history, like a judgment.
/// Thread-safe (serialized on the store).
public final class TeamStore {
  private final JudgmentStore store;
  private final TeamTables tables;
  private final RunTable runs;

  TeamStore(JudgmentStore store, TeamTables tables, RunTable runs) {
    this.store = store;
    this.tables = tables;
    this.runs = runs;
  }

  /// Every annotator who judged or was added, by name.
  public List<String> annotators() {
    return read("read annotators", tables::annotators);
  }

  /// Adds annotator `name` (no change when known). Returns whether it was new.
  public boolean addAnnotator(String name) {
    return write("add annotator " + name, () -> {
      boolean added = tables.addAnnotator(name);
      if (added) {
        tables.log("annotator", name.strip(), "add", null);
      }
      return added;
    });
  }

  /// Every query set, by name.
  public List<QuerySet> querySets() {
    return read("read query sets", tables::querySets);
  }

  /// Query set `name`, if it exists.
  public Optional<QuerySet> querySet(String name) {
    return querySets().stream().filter(q -> q.name().equals(name)).findFirst();
  }

  /// Creates an empty query set.
  public void createQuerySet(String name) {
    write("create query set " + name, () -> {
      tables.createSet(name);
      return null;
    });
  }

  /// Renames a query set.
  public void renameQuerySet(String from, String to) {
    write("rename query set " + from, () -> {
      tables.renameSet(from, to);
      return null;
    });
  }

  /// Deletes a query set (its topics and judgments stay).
  public void deleteQuerySet(String name) {
    write("delete query set " + name, () -> {
      tables.deleteSet(name);
      return null;
    });
  }

  /// Replaces the Markdown judging guidelines of a query set.
  public void setGuidelines(String set, String markdown) {
    write("save the guidelines of " + set, () -> {
      tables.setGuidelines(set, markdown);
      return null;
    });
  }

  /// The queries of a set, in order.
  public List<QuerySetItem> items(String set) {
    return read("read query set " + set, () -> tables.items(set));
  }

  /// Adds `topic` to `set` (saving the topic first; an existing topic keeps its text unless `topic` has one),
  /// or updates its information need and notes.
  public void putQuery(String set, Topic topic, String infoNeed, String notes) {
    write("add a query to " + set, () -> {
      store.saveTopic(topic);
      tables.putQuery(set, topic.id(), blankToNull(infoNeed), blankToNull(notes));
      return null;
    });
  }

  /// Adds many topics to `set` in one transaction (an import), each with its information need and notes.
  public void putQueries(String set, List<QuerySetItem> items) {
    write("add " + items.size() + " queries to " + set, () -> {
      for (QuerySetItem i : items) {
        store.saveTopic(i.topic());
        tables.putQuery(set, i.topic().id(), blankToNull(i.infoNeed()), blankToNull(i.notes()));
      }
      return null;
    });
  }

  /// Removes a query from a set (the topic and its judgments stay).
  public void removeQuery(String set, QueryId topic) {
    write("remove a query from " + set, () -> {
      tables.removeQuery(set, topic);
      return null;
    });
  }

  /// Saves a snapshot with the runs of its lists (named [Snapshot#runName]) in one transaction.
  public void saveSnapshot(Snapshot snapshot, List<SavedRun> lists) {
    write("save snapshot " + snapshot.name(), () -> {
      if (tables.snapshot(snapshot.name()).isPresent()) {
        throw new WorkbenchException("The snapshot '" + snapshot.name() + "' exists already: pick"
            + " another name");
      }
      for (SavedRun r : lists) {
        runs.save(r);
      }
      tables.saveSnapshot(snapshot);
      return null;
    });
  }

  /// Every snapshot, oldest first.
  public List<Snapshot> snapshots() {
    return read("read snapshots", tables::snapshots);
  }

  /// Snapshot `name`, if any.
  public Optional<Snapshot> snapshot(String name) {
    return read("read snapshot " + name, () -> tables.snapshot(name));
  }

  /// Deletes a snapshot and its runs.
  public void deleteSnapshot(String name) {
    write("delete snapshot " + name, () -> {
      for (String run : tables.deleteSnapshot(name)) {
        runs.delete(run);
      }
      return null;
    });
  }

  /// The history of changes to sets, guidelines, annotators and snapshots, oldest first.
  public List<Change> changes() {
    return read("read the change history", tables::changes);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private <T> T write(String what, JudgmentStore.SqlWork<T> work) {
    synchronized (store) {
      return store.inTransaction(what, work);
    }
  }

  private <T> T read(String what, JudgmentStore.SqlWork<T> work) {
    synchronized (store) {
      try {
        return work.run();
      } catch (SQLException e) {
        throw store.failure(what, e);
      }
    }
  }
}
