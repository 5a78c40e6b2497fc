package dev.relwb.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.DocId;
import dev.relwb.core.FirstStage;
import dev.relwb.core.QueryId;
import dev.relwb.core.Ranking;
import dev.relwb.core.RunMetadata;
import dev.relwb.core.ScoredHit;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgmentStoreTest {
  @TempDir Path tmp;

  @Test
  void historyIsAppendOnlyAndCurrentIsTheLatestPerAnnotator() throws Exception {
    Path db = tmp.resolve("ws/judgments.sqlite");
    try (JudgmentStore s = JudgmentStore.open(db)) {
      s.record(NewJudgment.graded("q1", "d1", 1, "ann"));
      s.record(NewJudgment.graded("q1", "d1", 3, "bob"));
      long last = s.record(new NewJudgment(new QueryId("q1"), new DocId("d1"), JudgmentState.GRADED,
          new dev.relwb.core.Grade(2), "ann", "changed my mind"));
      s.record(new NewJudgment(new QueryId("q1"), new DocId("d2"), JudgmentState.SKIP, null, "ann", null));
      assertThat(s.history(new QueryId("q1"), new DocId("d1"))).extracting(j -> j.grade().value())
          .containsExactly(1, 3, 2);
      assertThat(s.current(new QueryId("q1"))).extracting(Judgment::annotator, j -> j.state(), Judgment::note)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("ann", JudgmentState.GRADED, "changed my mind"),
              org.assertj.core.groups.Tuple.tuple("bob", JudgmentState.GRADED, null),
              org.assertj.core.groups.Tuple.tuple("ann", JudgmentState.SKIP, null));
      assertThat(s.byId(last)).get().extracting(j -> j.grade().value()).isEqualTo(2);
      assertThat(s.topics()).extracting(t -> t.id().value()).containsExactly("q1");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      assertThatThrownBy(() -> st.execute("UPDATE judgments SET grade = 0")).isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> st.execute("DELETE FROM judgments")).hasMessageContaining("append-only");
      assertThat(st.executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("wal");
      assertThat(st.executeQuery("PRAGMA user_version").getInt(1)).isEqualTo(Schema.CURRENT);
      assertThat(st.executeQuery("SELECT max(version) FROM schema_version").getInt(1)).isEqualTo(Schema.CURRENT);
    }
  }

  @Test
  void aGradeNeedsTheGradedStateAndTheDatabaseChecksItToo() {
    assertThatThrownBy(() -> new NewJudgment(new QueryId("q"), new DocId("d"), JudgmentState.SKIP,
        new dev.relwb.core.Grade(1), "a", null)).isInstanceOf(WorkbenchException.class);
    assertThatThrownBy(() -> NewJudgment.graded("q", "d", 4, "a")).hasMessageContaining("0, 1, 2 or 3");
  }

  @Test
  void recordAllSkipsUnchangedJudgments() {
    try (JudgmentStore s = JudgmentStore.open(tmp.resolve("j.sqlite"))) {
      List<NewJudgment> batch = List.of(NewJudgment.graded("q", "a", 1, "x"), NewJudgment.graded("q", "b", 0, "x"));
      assertThat(s.recordAll(batch)).isEqualTo(2);
      assertThat(s.recordAll(batch)).isZero();
      assertThat(s.recordAll(List.of(NewJudgment.graded("q", "a", 2, "x")))).isEqualTo(1);
      assertThat(s.historySize()).isEqualTo(3);
    }
  }

  @Test
  void anInterruptedBatchIsRolledBackWhole() {
    try (JudgmentStore s = JudgmentStore.open(tmp.resolve("b.sqlite"))) {
      List<NewJudgment> batch = List.of(NewJudgment.graded("q", "a", 1, "x"), NewJudgment.graded("q", "b", 0, "x"),
          NewJudgment.graded("q", "c", 2, "x"));
      assertThatThrownBy(() -> s.importBatch(List.of(new Topic(new QueryId("q"), "text", "en", "test")), batch, done -> {
        if (done == 2) {
          throw new dev.relwb.core.CancelledException("import");
        }
      })).isInstanceOf(dev.relwb.core.CancelledException.class);
      assertThat(s.historySize()).isZero();
      assertThat(s.topics()).isEmpty();
    }
  }

  @Test
  void savedRunsKeepMetadataAndOrder() {
    RunMetadata meta = new RunMetadata("BM25+mono-XM", "antoinelouis/mono-xm", "rev", "sha", "de_DE", 512, 100,
        1.2, 0.75, "2026-11-27T00:00:00Z", "bf16",
        new FirstStage("OpenSearch", "https://search.example.com:9200", "docs", "default", "0123456789ab"), "BERT");
    Ranking r = new Ranking(new QueryId("q1"), "x", List.of(new ScoredHit(new DocId("z"), 1, 2.0),
        new ScoredHit(new DocId("a"), 2, 2.0)));
    try (JudgmentStore s = JudgmentStore.open(tmp.resolve("r.sqlite"))) {
      s.saveRun(new SavedRun("rerank", meta, List.of(r)));
      s.saveRun(new SavedRun("rerank", meta, List.of(r)));
      SavedRun back = s.run("rerank").orElseThrow();
      assertThat(back.metadata()).isEqualTo(meta);
      assertThat(back.rankings().get(0).hits()).extracting(h -> h.doc().value()).containsExactly("z", "a");
      assertThat(s.runNames()).containsExactly("rerank");
    }
  }

  @Test
  void aCorruptFileIsReportedAndLeftUnchanged() throws Exception {
    Path db = tmp.resolve("judgments.sqlite");
    byte[] junk = new byte[8192];
    new Random(7).nextBytes(junk);
    Files.write(db, junk);
    assertRefusedUnchanged(db, "damaged or not an SQLite database");
  }

  @Test
  void aDatabaseWithDamagedPagesIsReportedAndLeftUnchanged() throws Exception {
    Path db = tmp.resolve("judgments.sqlite");
    try (JudgmentStore s = JudgmentStore.open(db)) {
      for (int i = 0; i < 300; i++) {
        s.record(NewJudgment.graded("q" + i, "doc-with-a-long-id-" + i, i % 4, "a"));
      }
    }
    byte[] bytes = Files.readAllBytes(db);
    for (int i = 4096 + 100; i < bytes.length; i += 7) {
      bytes[i] = (byte) 0xA5;
    }
    Files.write(db, bytes);
    Files.deleteIfExists(Path.of(db + "-wal"));
    Files.deleteIfExists(Path.of(db + "-shm"));
    assertRefusedUnchanged(db, "damaged");
  }

  @Test
  void aNewerSchemaIsReportedAndLeftUnchanged() throws Exception {
    Path db = tmp.resolve("judgments.sqlite");
    JudgmentStore.open(db).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      st.execute("PRAGMA user_version = " + (Schema.CURRENT + 1));
      st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      st.execute("PRAGMA journal_mode = DELETE");
    }
    assertRefusedUnchanged(db, "schema version " + (Schema.CURRENT + 1) + ", written by a newer relwb");
  }

  @Test
  void someoneElsesDatabaseIsNotTouched() throws Exception {
    Path db = tmp.resolve("other.sqlite");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE notes (x TEXT)");
    }
    assertRefusedUnchanged(db, "not a relwb judgments database");
  }

  private static void assertRefusedUnchanged(Path db, String message) throws Exception {
    String before = sha256(db);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> JudgmentStore.open(db)).isInstanceOf(WorkbenchException.class)
          .hasMessageContaining(db.toString()).hasMessageContaining(message).hasMessageContaining("left unchanged");
    }
    assertThat(sha256(db)).isEqualTo(before);
    Path wal = Path.of(db + "-wal");
    // a WAL-mode file opened read-only may get an empty -wal beside it; nothing is ever written to it
    assertThat(!Files.exists(wal) || Files.size(wal) == 0).as("no WAL content written").isTrue();
  }

  private static String sha256(Path p) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
  }
}
