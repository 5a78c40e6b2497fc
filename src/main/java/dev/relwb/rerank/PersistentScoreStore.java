package dev.relwb.rerank;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The on-disk level of the score cache: one SQLite table `scores(key BLOB, logit REAL, seq)`,
/// bounded to `maxEntries` rows (the least recently used go first).
///
/// It is only a cache: any damage (not a database, a newer schema, an I/O error) is logged, the
/// file is deleted and recreated empty, and if even that fails the store turns itself off. It never
/// throws to its caller. Not thread-safe on its own; [ScoreCache] serializes access.
final class PersistentScoreStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PersistentScoreStore.class);
  private static final int SCHEMA = 1;
  private static final int CHUNK = 500;

  private final Path file;
  private final long maxEntries;
  private Connection conn;
  private long seq;
  private long size;

  private PersistentScoreStore(Path file, long maxEntries) {
    this.file = file;
    this.maxEntries = Math.max(1, maxEntries);
  }

  static PersistentScoreStore open(Path file, long maxEntries) {
    PersistentScoreStore s = new PersistentScoreStore(file, maxEntries);
    try {
      s.init();
    } catch (SQLException | IOException e) {
      s.discard(e);
    }
    return s;
  }

  private void init() throws SQLException, IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    conn = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try (Statement st = conn.createStatement()) {
      st.execute("PRAGMA journal_mode=WAL");
      st.execute("PRAGMA synchronous=NORMAL");
      int version = intQuery(st, "PRAGMA user_version");
      if (version > SCHEMA) {
        throw new SQLException("schema version " + version + " is newer than " + SCHEMA);
      }
      st.execute("CREATE TABLE IF NOT EXISTS scores(key BLOB PRIMARY KEY, logit REAL NOT NULL,"
          + " seq INTEGER NOT NULL) WITHOUT ROWID");
      st.execute("CREATE INDEX IF NOT EXISTS scores_seq ON scores(seq)");
      st.execute("PRAGMA user_version=" + SCHEMA);
      seq = intQuery(st, "SELECT COALESCE(MAX(seq), 0) FROM scores");
      size = intQuery(st, "SELECT COUNT(*) FROM scores");
    }
  }

  private static int intQuery(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /// Drops a damaged file and starts empty; turns the store off if that fails too.
  private void discard(Exception cause) {
    LOG.warn("Score cache {} is unusable ({}); discarding it and starting with an empty cache", file,
        cause.toString());
    closeQuietly();
    try {
      for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
        Files.deleteIfExists(Path.of(file + suffix));
      }
      init();
    } catch (SQLException | IOException e) {
      LOG.warn("Score cache {} cannot be recreated ({}); scores are cached in memory only", file, e.toString());
      closeQuietly();
    }
  }

  Map<ScoreKey, Float> getAll(Collection<ScoreKey> keys) {
    Map<ScoreKey, Float> found = new HashMap<>();
    if (conn == null) {
      return found;
    }
    try {
      List<ScoreKey> list = List.copyOf(keys);
      for (int from = 0; from < list.size(); from += CHUNK) {
        readChunk(list.subList(from, Math.min(list.size(), from + CHUNK)), found);
      }
      touch(found.keySet());
    } catch (SQLException e) {
      discard(e);
      found.clear();
    }
    return found;
  }

  private void readChunk(List<ScoreKey> keys, Map<ScoreKey, Float> into) throws SQLException {
    String marks = String.join(",", java.util.Collections.nCopies(keys.size(), "?"));
    try (PreparedStatement ps = conn.prepareStatement("SELECT key, logit FROM scores WHERE key IN (" + marks + ")")) {
      for (int i = 0; i < keys.size(); i++) {
        ps.setBytes(i + 1, keys.get(i).bytes());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          into.put(ScoreKey.fromBytes(rs.getBytes(1)), rs.getFloat(2));
        }
      }
    }
  }

  /// Marks keys as recently used, so eviction spares them.
  private void touch(Collection<ScoreKey> keys) throws SQLException {
    if (keys.isEmpty()) {
      return;
    }
    write("UPDATE scores SET seq = ? WHERE key = ?", keys, (ps, k) -> {
      ps.setLong(1, ++seq);
      ps.setBytes(2, k.bytes());
    });
  }

  void putAll(Map<ScoreKey, Float> logits) {
    if (conn == null || logits.isEmpty()) {
      return;
    }
    try {
      write("INSERT OR REPLACE INTO scores(key, logit, seq) VALUES (?, ?, ?)", logits.keySet(), (ps, k) -> {
        ps.setBytes(1, k.bytes());
        ps.setFloat(2, logits.get(k));
        ps.setLong(3, ++seq);
      });
      size += logits.size();
      if (size > maxEntries) {
        evict();
      }
    } catch (SQLException e) {
      discard(e);
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps, ScoreKey key) throws SQLException;
  }

  private void write(String sql, Collection<ScoreKey> keys, Binder binder) throws SQLException {
    conn.setAutoCommit(false);
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (ScoreKey k : keys) {
        binder.bind(ps, k);
        ps.addBatch();
      }
      ps.executeBatch();
      conn.commit();
    } catch (SQLException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(true);
    }
  }

  /// Keeps the newest 90% of the bound, deleting the least recently used rows.
  private void evict() throws SQLException {
    try (Statement st = conn.createStatement()) {
      size = intQuery(st, "SELECT COUNT(*) FROM scores");
      long keep = Math.max(1, maxEntries * 9 / 10);
      if (size > maxEntries) {
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM scores WHERE seq <= "
            + "(SELECT seq FROM scores ORDER BY seq DESC LIMIT 1 OFFSET ?)")) {
          ps.setLong(1, keep);
          ps.executeUpdate();
        }
        size = intQuery(st, "SELECT COUNT(*) FROM scores");
      }
    }
  }

  long size() {
    return conn == null ? 0 : size;
  }

  void clear() {
    if (conn == null) {
      return;
    }
    try (Statement st = conn.createStatement()) {
      st.execute("DELETE FROM scores");
      size = 0;
    } catch (SQLException e) {
      discard(e);
    }
  }

  @Override
  public void close() {
    closeQuietly();
  }

  private void closeQuietly() {
    if (conn != null) {
      try {
        conn.close();
      } catch (SQLException e) {
        LOG.debug("Closing score cache {} failed: {}", file, e.toString());
      }
      conn = null;
    }
  }
}
