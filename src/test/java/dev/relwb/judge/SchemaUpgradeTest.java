package dev.relwb.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.DocId;
import dev.relwb.core.QueryId;
import dev.relwb.core.Ranking;
import dev.relwb.core.RunMetadata;
import dev.relwb.core.ScoredHit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A store written before `runs.precision` (schema 1, `src/test/resources/judge/judgments-schema1.sqlite`)
/// is upgraded in place: every judgment and the saved run survive, and new runs keep their precision.
class SchemaUpgradeTest {
  @TempDir Path tmp;

  @Test
  void aSchemaOneStoreKeepsEveryJudgmentAndRunAfterTheUpgrade() throws Exception {
    Path db = tmp.resolve("judgments.sqlite");
    Files.copy(Path.of(getClass().getResource("/judge/judgments-schema1.sqlite").toURI()), db);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      assertThat(st.executeQuery("PRAGMA user_version").getInt(1)).isEqualTo(1);
    }
    try (JudgmentStore s = JudgmentStore.open(db)) {
      List<Judgment> current = s.current();
      assertThat(current).extracting(j -> j.topic().value() + "/" + j.doc().value() + "=" + j.badge() + ":"
          + j.annotator()).containsExactlyInAnyOrder("q1/d1=3:ann", "q1/d2=0:ann", "q2/d1=S:bob");
      assertThat(current).filteredOn(j -> j.doc().value().equals("d1") && j.topic().value().equals("q1"))
          .singleElement().extracting(Judgment::note).isEqualTo("kept");
      SavedRun old = s.run("old").orElseThrow();
      assertThat(old.metadata().precision()).isNull();
      assertThat(old.rankings()).hasSize(2);
      RunMetadata meta = new RunMetadata("BM25+mono-XM", "m", null, null, "auto", null, 20, 1.2, 0.75,
          "2026-12-06T00:00:00Z", "bf16", null, "X-MOD");
      s.saveRun(new SavedRun("new", meta, List.of(new Ranking(new QueryId("q1"), "x",
          List.of(new ScoredHit(new DocId("d1"), 1, 0.9))))));
      assertThat(s.run("new").orElseThrow().metadata().precision()).isEqualTo("bf16");
      assertThat(s.run("new").orElseThrow().metadata().modelFamily()).isEqualTo("X-MOD");
      assertThat(old.metadata().modelFamily()).isNull();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      assertThat(st.executeQuery("PRAGMA user_version").getInt(1)).isEqualTo(Schema.CURRENT).isEqualTo(5);
      assertThat(st.executeQuery("SELECT count(*) FROM judgments").getInt(1)).isEqualTo(3);
    }
  }

  /// The store as the build before query sets wrote it (schema 3, `judgments-schema3.sqlite`: three topics,
  /// eight judgment rows by four annotators with notes, skip and unrateable, a saved run with its first
  /// stage) keeps every row and gains annotators taken from its judgments.
  @Test
  void aSchemaThreeStoreKeepsEveryJudgmentAndGainsItsAnnotators() throws Exception {
    Path db = tmp.resolve("judgments3.sqlite");
    Files.copy(Path.of(getClass().getResource("/judge/judgments-schema3.sqlite").toURI()), db);
    List<String> before;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      assertThat(st.executeQuery("PRAGMA user_version").getInt(1)).isEqualTo(3);
      before = rows(st, "SELECT id || '|' || topic_id || '|' || doc_id || '|' || state || '|' || coalesce(grade, '-')"
          + " || '|' || annotator || '|' || judged_at || '|' || coalesce(note, '-') FROM judgments ORDER BY id");
    }
    assertThat(before).hasSize(8);
    try (JudgmentStore s = JudgmentStore.open(db)) {
      assertThat(s.historySize()).isEqualTo(8);
      assertThat(s.current()).hasSize(7);
      assertThat(s.topics()).extracting(t -> t.text()).contains("tides and the moon", "marées et lune");
      assertThat(s.team().annotators()).containsExactly("alice", "bob", "carol", "qrels:test.tsv");
      assertThat(s.run("rerank-os").orElseThrow().metadata().firstStage().template()).isEqualTo("body");
      assertThat(s.team().querySets()).isEmpty();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      assertThat(st.executeQuery("PRAGMA user_version").getInt(1)).isEqualTo(Schema.CURRENT).isEqualTo(5);
      assertThat(rows(st, "SELECT id || '|' || topic_id || '|' || doc_id || '|' || state || '|' || coalesce(grade, '-')"
          + " || '|' || annotator || '|' || judged_at || '|' || coalesce(note, '-') FROM judgments ORDER BY id"))
          .isEqualTo(before);
    }
  }

  private static List<String> rows(Statement st, String sql) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    try (var rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
