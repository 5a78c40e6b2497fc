package dev.relwb.judge;

import dev.relwb.core.QueryId;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// The tables of a team's judging (schema 4): annotators, query sets with their queries and guidelines,
/// snapshots, and the append-only change history every write here adds to. Runs inside the store's
/// transactions; not thread-safe on its own.
final class TeamTables {
  private final Connection conn;

  TeamTables(Connection conn) {
    this.conn = conn;
  }

  void log(String kind, String subject, String action, String detail) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO changes (at, kind, subject, action, detail)"
        + " VALUES (?, ?, ?, ?, ?)")) {
      ps.setString(1, Instant.now().toString());
      ps.setString(2, kind);
      ps.setString(3, subject);
      ps.setString(4, action);
      ps.setString(5, detail);
      ps.executeUpdate();
    }
  }

  List<Change> changes() throws SQLException {
    List<Change> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT id, at, kind, subject, action, detail FROM changes"
        + " ORDER BY id"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6)));
      }
    }
    return out;
  }

  boolean addAnnotator(String name) throws SQLException {
    if (name == null || name.isBlank()) {
      throw new WorkbenchException("An annotator needs a name");
    }
    try (PreparedStatement ps = conn.prepareStatement("INSERT OR IGNORE INTO annotators (name, created_at)"
        + " VALUES (?, ?)")) {
      ps.setString(1, name.strip());
      ps.setString(2, Instant.now().toString());
      return ps.executeUpdate() == 1;
    }
  }

  List<String> annotators() throws SQLException {
    return strings("SELECT name FROM annotators ORDER BY name");
  }

  List<QuerySet> querySets() throws SQLException {
    List<QuerySet> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT s.name, s.guidelines, s.created_at,"
        + " (SELECT count(*) FROM query_set_items i WHERE i.set_id = s.id) FROM query_sets s ORDER BY s.name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new QuerySet(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
      }
    }
    return out;
  }

  Optional<Long> setId(String name) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT id FROM query_sets WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  long requireSet(String name) throws SQLException {
    Optional<Long> id = setId(name);
    if (id.isEmpty()) {
      throw new WorkbenchException("There is no query set '" + name + "' (sets: "
          + String.join(", ", querySets().stream().map(QuerySet::name).toList()) + ")");
    }
    return id.get();
  }

  void createSet(String name) throws SQLException {
    if (name == null || name.isBlank()) {
      throw new WorkbenchException("A query set needs a name");
    }
    if (setId(name.strip()).isPresent()) {
      throw new WorkbenchException("The query set '" + name.strip() + "' exists already: pick another name");
    }
    update("INSERT INTO query_sets (name, created_at) VALUES (?, ?)", name.strip(), Instant.now().toString());
    log("query_set", name.strip(), "create", null);
  }

  void renameSet(String from, String to) throws SQLException {
    long id = requireSet(from);
    if (to == null || to.isBlank() || setId(to.strip()).isPresent()) {
      throw new WorkbenchException("Cannot rename query set '" + from + "' to '" + to + "': the new name is empty or"
          + " taken");
    }
    update("UPDATE query_sets SET name = ? WHERE id = ?", to.strip(), id);
    log("query_set", from, "rename", to.strip());
  }

  void deleteSet(String name) throws SQLException {
    long id = requireSet(name);
    update("DELETE FROM query_set_items WHERE set_id = ?", id);
    update("DELETE FROM query_sets WHERE id = ?", id);
    log("query_set", name, "delete", null);
  }

  void setGuidelines(String name, String markdown) throws SQLException {
    long id = requireSet(name);
    update("UPDATE query_sets SET guidelines = ? WHERE id = ?", markdown == null ? "" : markdown, id);
    log("guidelines", name, "update", markdown);
  }

  List<QuerySetItem> items(String set) throws SQLException {
    long id = requireSet(set);
    List<QuerySetItem> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT t.id, t.text, t.language, t.source, i.position,"
        + " i.info_need, i.notes FROM query_set_items i JOIN topics t ON t.id = i.topic_id WHERE i.set_id = ?"
        + " ORDER BY i.position, t.id")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new QuerySetItem(new Topic(new QueryId(rs.getString(1)), rs.getString(2), rs.getString(3),
              rs.getString(4)), rs.getInt(5), rs.getString(6), rs.getString(7)));
        }
      }
    }
    return out;
  }

  /// Adds `topic` (which must exist) to `set`, at the end, or updates its information need and notes.
  void putQuery(String set, QueryId topic, String infoNeed, String notes) throws SQLException {
    long id = requireSet(set);
    int updated = update("UPDATE query_set_items SET info_need = ?, notes = ? WHERE set_id = ? AND topic_id = ?",
        infoNeed, notes, id, topic.value());
    if (updated == 0) {
      update("INSERT INTO query_set_items (set_id, topic_id, position, info_need, notes) VALUES (?, ?,"
          + " (SELECT coalesce(max(position), 0) + 1 FROM query_set_items WHERE set_id = ?), ?, ?)", id,
          topic.value(), id, infoNeed, notes);
    }
    log("query", set + "/" + topic.value(), updated == 0 ? "add" : "update",
        "info need: " + (infoNeed == null ? "" : infoNeed) + "; notes: " + (notes == null ? "" : notes));
  }

  void removeQuery(String set, QueryId topic) throws SQLException {
    long id = requireSet(set);
    if (update("DELETE FROM query_set_items WHERE set_id = ? AND topic_id = ?", id, topic.value()) > 0) {
      log("query", set + "/" + topic.value(), "remove", null);
    }
  }

  void saveSnapshot(Snapshot s) throws SQLException {
    update("INSERT INTO snapshots (name, query_set, created_at, note) VALUES (?, ?, ?, ?)", s.name(), s.querySet(),
        s.created(), s.note());
    int pos = 0;
    for (Snapshot.SnapshotList l : s.lists()) {
      update("INSERT INTO snapshot_lists (snapshot, list, run_name, position) VALUES (?, ?, ?, ?)", s.name(),
          l.list(), l.runName(), pos++);
    }
    log("snapshot", s.name(), "create", "set " + s.querySet() + ", lists " + String.join(", ",
        s.lists().stream().map(Snapshot.SnapshotList::list).toList()));
  }

  List<Snapshot> snapshots() throws SQLException {
    List<Snapshot> out = new ArrayList<>();
    for (String name : strings("SELECT name FROM snapshots ORDER BY created_at, name")) {
      snapshot(name).ifPresent(out::add);
    }
    return out;
  }

  Optional<Snapshot> snapshot(String name) throws SQLException {
    String set;
    String created;
    String note;
    try (PreparedStatement ps = conn.prepareStatement("SELECT query_set, created_at, note FROM snapshots WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        set = rs.getString(1);
        created = rs.getString(2);
        note = rs.getString(3);
      }
    }
    List<Snapshot.SnapshotList> lists = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT list, run_name FROM snapshot_lists WHERE snapshot = ?"
        + " ORDER BY position")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lists.add(new Snapshot.SnapshotList(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return Optional.of(new Snapshot(name, set, created, note, lists));
  }

  /// Deletes snapshot `name`; returns the names of its runs (the caller deletes them).
  List<String> deleteSnapshot(String name) throws SQLException {
    Snapshot s = snapshot(name).orElseThrow(() -> new WorkbenchException("There is no snapshot '" + name + "'"));
    update("DELETE FROM snapshot_lists WHERE snapshot = ?", name);
    update("DELETE FROM snapshots WHERE name = ?", name);
    log("snapshot", name, "delete", null);
    return s.lists().stream().map(Snapshot.SnapshotList::runName).toList();
  }

  private List<String> strings(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private int update(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps.executeUpdate();
    }
  }
}
