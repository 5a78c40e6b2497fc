package dev.relwb.judge;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.relwb.core.DocId;
import dev.relwb.core.FirstStage;
import dev.relwb.core.Json;
import dev.relwb.core.QueryId;
import dev.relwb.core.Ranking;
import dev.relwb.core.RunMetadata;
import dev.relwb.core.ScoredHit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// The `runs` and `run_hits` tables: saved runs with their metadata, hits in the order shown.
/// Called by `JudgmentStore` inside its transactions.
final class RunTable {
  private final Connection conn;

  RunTable(Connection conn) {
    this.conn = conn;
  }

  /// Deletes run `name` with its hits (no change when there is none).
  void delete(String name) throws SQLException {
    try (PreparedStatement del = conn.prepareStatement("DELETE FROM runs WHERE name = ?")) {
      del.setString(1, name);
      del.executeUpdate();
    }
  }

  void save(SavedRun run) throws SQLException {
    try (PreparedStatement del = conn.prepareStatement("DELETE FROM runs WHERE name = ?")) {
      del.setString(1, run.name());
      del.executeUpdate();
    }
    long id;
    RunMetadata m = run.metadata();
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO runs (name, system, model_repo, model_revision,"
        + " weights_sha256, adapter_language, max_length, rerank_depth, bm25_k1, bm25_b, created_at, precision,"
        + " first_stage, model_family) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, run.name());
      ps.setString(2, m.system());
      ps.setString(3, m.modelRepo());
      ps.setString(4, m.modelRevision());
      ps.setString(5, m.weightsSha256());
      ps.setString(6, m.adapterLanguage());
      setNullable(ps, 7, m.maxLength(), Types.INTEGER);
      setNullable(ps, 8, m.rerankDepth(), Types.INTEGER);
      setNullable(ps, 9, m.bm25K1(), Types.REAL);
      setNullable(ps, 10, m.bm25B(), Types.REAL);
      ps.setString(11, m.created() == null ? Instant.now().toString() : m.created());
      ps.setString(12, m.precision());
      ps.setString(13, firstStageJson(m.firstStage()));
      ps.setString(14, m.modelFamily());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    insertHits(id, run);
  }

  private void insertHits(long id, SavedRun run) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
        "INSERT INTO run_hits (run_id, topic_id, position, doc_id, score) VALUES (?, ?, ?, ?, ?)")) {
      for (Ranking r : run.rankings()) {
        int pos = 0;
        for (ScoredHit h : r.hits()) {
          ps.setLong(1, id);
          ps.setString(2, r.query().value());
          ps.setInt(3, ++pos);
          ps.setString(4, h.doc().value());
          ps.setDouble(5, h.score());
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  Optional<SavedRun> load(String name) throws SQLException {
    RunMetadata meta;
    long id;
    try (PreparedStatement ps = conn.prepareStatement("SELECT id, system, model_repo, model_revision, weights_sha256,"
        + " adapter_language, max_length, rerank_depth, bm25_k1, bm25_b, created_at, precision, first_stage,"
        + " model_family FROM runs"
        + " WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        id = rs.getLong(1);
        meta = new RunMetadata(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            intOrNull(rs, 7), intOrNull(rs, 8), doubleOrNull(rs, 9), doubleOrNull(rs, 10), rs.getString(11),
            rs.getString(12), firstStage(rs.getString(13)), rs.getString(14));
      }
    }
    Map<String, List<ScoredHit>> hits = new LinkedHashMap<>();
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT topic_id, position, doc_id, score FROM run_hits WHERE run_id = ? ORDER BY topic_id, position")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          hits.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
              .add(new ScoredHit(new DocId(rs.getString(3)), rs.getInt(2), rs.getDouble(4)));
        }
      }
    }
    List<Ranking> rankings = new ArrayList<>();
    hits.forEach((t, h) -> rankings.add(new Ranking(new QueryId(t), meta.system(), h)));
    return Optional.of(new SavedRun(name, meta, rankings));
  }

  private static String firstStageJson(FirstStage stage) throws SQLException {
    try {
      return stage == null ? null : Json.mapper().writeValueAsString(stage);
    } catch (JsonProcessingException e) {
      throw new SQLException("Cannot encode the first stage of a run: " + e.getOriginalMessage(), e);
    }
  }

  private static FirstStage firstStage(String json) throws SQLException {
    if (json == null) {
      return null;
    }
    try {
      return Json.mapper().readValue(json, FirstStage.class);
    } catch (JsonProcessingException e) {
      throw new SQLException("The first stage of a saved run is not readable JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static Integer intOrNull(ResultSet rs, int i) throws SQLException {
    int v = rs.getInt(i);
    return rs.wasNull() ? null : v;
  }

  private static Double doubleOrNull(ResultSet rs, int i) throws SQLException {
    double v = rs.getDouble(i);
    return rs.wasNull() ? null : v;
  }

  private static void setNullable(PreparedStatement ps, int i, Object v, int type) throws SQLException {
    if (v == null) {
      ps.setNull(i, type);
    } else {
      ps.setObject(i, v);
    }
  }
}
