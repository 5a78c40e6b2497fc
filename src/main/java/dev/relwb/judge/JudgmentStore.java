package dev.relwb.judge;

import dev.relwb.core.DocId;
import dev.relwb.core.Grade;
import dev.relwb.core.QueryId;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;

/// The judgments of one workspace in an SQLite file (see `Database` for opening and durability).
///
/// Judgments are append-only: every change is a new row (triggers refuse UPDATE and DELETE), and the
/// current judgment of an annotator for a (topic, doc) pair is their row with the highest id. Each
/// write is its own committed transaction (a batch is one transaction), so when a method returns the
/// judgment is durable. Thread-safe (one connection, serialized); other processes may use the same
/// file at the same time (WAL, busy timeout).
public final class JudgmentStore implements AutoCloseable {
  private static final String COLUMNS = "id, topic_id, doc_id, state, grade, annotator, judged_at, note";

  private final Path file;
  private final Connection conn;
  private final RunTable runs;
  private final TeamStore team;

  private JudgmentStore(Path file, Connection conn) {
    this.file = file;
    this.conn = conn;
    this.runs = new RunTable(conn);
    this.team = new TeamStore(this, new TeamTables(conn), runs);
  }

  /// A team's judging in this store: annotators, query sets, snapshots, and their change history.
  public TeamStore team() {
    return team;
  }

  /// Opens the database at `file`, creating and migrating it as needed. A corrupt file, a foreign
  /// database or a newer schema is reported with a clear message and never written to.
  public static JudgmentStore open(Path file) {
    return new JudgmentStore(file, Database.open(file));
  }

  /// The database file.
  public Path file() {
    return file;
  }

  /// Records one judgment durably and returns its id.
  public synchronized long record(NewJudgment j) {
    return inTransaction("record a judgment", () -> insert(j, Instant.now()));
  }

  /// Records judgments in one transaction, skipping any that equal the annotator's current judgment
  /// (same state, grade and note). Returns how many were recorded.
  public synchronized int recordAll(List<NewJudgment> batch) {
    return importBatch(List.of(), batch, done -> { });
  }

  /// In one transaction: adds the topics that do not exist yet (existing ones keep their text), then
  /// records the judgments like `recordAll`. `afterEach` is called with the number of judgments
  /// handled so far; if it throws (e.g. a cancellation), the whole batch is rolled back.
  /// Returns how many judgments were recorded.
  public synchronized int importBatch(List<Topic> topics, List<NewJudgment> batch, IntConsumer afterEach) {
    return inTransaction("record " + batch.size() + " judgments", () -> {
      for (Topic t : topics) {
        insertTopicIfAbsent(t);
      }
      Instant now = Instant.now();
      int n = 0;
      int done = 0;
      for (NewJudgment j : batch) {
        Optional<Judgment> cur = current(j.topic(), j.doc(), j.annotator());
        if (cur.isEmpty() || !sameDecision(cur.get(), j)) {
          insert(j, now);
          n++;
        }
        afterEach.accept(++done);
      }
      return n;
    });
  }

  /// Adds a topic, or updates its text, language and source.
  public synchronized void putTopic(Topic t) {
    inTransaction("save topic " + t.id(), () -> {
      saveTopic(t);
      return null;
    });
  }

  /// Inside a transaction: adds `t`, or updates its text (when `t` has one), language and source.
  void saveTopic(Topic t) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO topics (id, text, language, source, created_at)"
        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET text = CASE WHEN excluded.text = '' THEN"
        + " topics.text ELSE excluded.text END, language = coalesce(excluded.language, topics.language),"
        + " source = coalesce(excluded.source, topics.source)")) {
      ps.setString(1, t.id().value());
      ps.setString(2, t.text() == null ? "" : t.text());
      ps.setString(3, t.language());
      ps.setString(4, t.source());
      ps.setString(5, Instant.now().toString());
      ps.executeUpdate();
    }
  }

  /// Adds a topic unless one with its id exists (an existing topic keeps its text).
  public synchronized void addTopicIfAbsent(Topic t) {
    inTransaction("save topic " + t.id(), () -> {
      insertTopicIfAbsent(t);
      return null;
    });
  }

  private void insertTopicIfAbsent(Topic t) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT OR IGNORE INTO topics (id, text, language, source,"
        + " created_at) VALUES (?, ?, ?, ?, ?)")) {
      ps.setString(1, t.id().value());
      ps.setString(2, t.text() == null ? "" : t.text());
      ps.setString(3, t.language());
      ps.setString(4, t.source());
      ps.setString(5, Instant.now().toString());
      ps.executeUpdate();
    }
  }

  /// Every topic, by id.
  public synchronized List<Topic> topics() {
    return query("read topics", "SELECT id, text, language, source FROM topics ORDER BY id", ps -> { },
        rs -> new Topic(new QueryId(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)));
  }

  /// The current judgment of every annotator for every pair, by topic, doc, annotator.
  public synchronized List<Judgment> current() {
    return query("read judgments", "SELECT " + COLUMNS + " FROM current_judgments ORDER BY topic_id, doc_id, annotator",
        ps -> { }, JudgmentStore::judgment);
  }

  /// The current judgments of one topic.
  public synchronized List<Judgment> current(QueryId topic) {
    return query("read judgments", "SELECT " + COLUMNS + " FROM current_judgments WHERE topic_id = ?"
        + " ORDER BY doc_id, annotator", ps -> ps.setString(1, topic.value()), JudgmentStore::judgment);
  }

  /// Every recorded change for a (topic, doc) pair, oldest first.
  public synchronized List<Judgment> history(QueryId topic, DocId doc) {
    return query("read history", "SELECT " + COLUMNS + " FROM judgments WHERE topic_id = ? AND doc_id = ? ORDER BY id",
        ps -> {
          ps.setString(1, topic.value());
          ps.setString(2, doc.value());
        }, JudgmentStore::judgment);
  }

  /// The judgment row with this id, if any.
  public synchronized Optional<Judgment> byId(long id) {
    return query("read judgment " + id, "SELECT " + COLUMNS + " FROM judgments WHERE id = ?",
        ps -> ps.setLong(1, id), JudgmentStore::judgment).stream().findFirst();
  }

  /// Number of rows in the judgment history.
  public synchronized long historySize() {
    return query("count judgments", "SELECT count(*) FROM judgments", ps -> { }, rs -> rs.getLong(1)).get(0);
  }

  /// Saves (or replaces) a run with its metadata.
  public synchronized void saveRun(SavedRun run) {
    inTransaction("save run " + run.name(), () -> {
      runs.save(run);
      return null;
    });
  }

  /// A saved run by name.
  public synchronized Optional<SavedRun> run(String name) {
    try {
      return runs.load(name);
    } catch (SQLException e) {
      throw failure("read run " + name, e);
    }
  }

  /// The names of the saved runs.
  public synchronized List<String> runNames() {
    return query("list runs", "SELECT name FROM runs ORDER BY name", ps -> { }, rs -> rs.getString(1));
  }

  @Override
  public synchronized void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  private Optional<Judgment> current(QueryId topic, DocId doc, String annotator) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + " FROM judgments WHERE topic_id = ?"
        + " AND doc_id = ? AND annotator = ? ORDER BY id DESC LIMIT 1")) {
      ps.setString(1, topic.value());
      ps.setString(2, doc.value());
      ps.setString(3, annotator);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(judgment(rs)) : Optional.empty();
      }
    }
  }

  private static boolean sameDecision(Judgment cur, NewJudgment j) {
    return cur.state() == j.state() && Objects.equals(cur.grade(), j.grade()) && Objects.equals(cur.note(), j.note());
  }

  private long insert(NewJudgment j, Instant now) throws SQLException {
    try (PreparedStatement a = conn.prepareStatement("INSERT OR IGNORE INTO annotators (name, created_at) VALUES (?, ?)")) {
      a.setString(1, j.annotator());
      a.setString(2, now.toString());
      a.executeUpdate();
    }
    try (PreparedStatement t = conn.prepareStatement("INSERT OR IGNORE INTO topics (id, text, source, created_at)"
        + " VALUES (?, '', 'judged', ?)")) {
      t.setString(1, j.topic().value());
      t.setString(2, now.toString());
      t.executeUpdate();
    }
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO judgments (topic_id, doc_id, state, grade,"
        + " annotator, judged_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, j.topic().value());
      ps.setString(2, j.doc().value());
      ps.setString(3, j.state().dbName());
      ps.setObject(4, j.grade() == null ? null : j.grade().value());
      ps.setString(5, j.annotator());
      ps.setString(6, now.toString());
      ps.setString(7, j.note());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static Judgment judgment(ResultSet rs) throws SQLException {
    int grade = rs.getInt(5);
    Grade g = rs.wasNull() ? null : new Grade(grade);
    return new Judgment(rs.getLong(1), new QueryId(rs.getString(2)), new DocId(rs.getString(3)),
        JudgmentState.parse(rs.getString(4)), g, rs.getString(6), Instant.parse(rs.getString(7)), rs.getString(8));
  }

  <T> T inTransaction(String what, SqlWork<T> work) {
    try {
      conn.setAutoCommit(false);
      try {
        T result = work.run();
        conn.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  private <T> List<T> query(String what, String sql, SqlBinder bind, SqlRow<T> row) {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      bind.bind(ps);
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row.map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  WorkbenchException failure(String what, SQLException e) {
    return new WorkbenchException("Cannot " + what + " in the judgments database " + file + " (" + e.getMessage()
        + "); check the disk and that no other program holds a lock on it", e);
  }

  @FunctionalInterface
  interface SqlWork<T> {
    T run() throws SQLException;
  }

  @FunctionalInterface
  interface SqlBinder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  @FunctionalInterface
  interface SqlRow<T> {
    T map(ResultSet rs) throws SQLException;
  }
}
