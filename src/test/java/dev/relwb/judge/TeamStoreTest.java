package dev.relwb.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.DocId;
import dev.relwb.core.QueryId;
import dev.relwb.core.Ranking;
import dev.relwb.core.RunMetadata;
import dev.relwb.core.ScoredHit;
import dev.relwb.core.Topic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Query sets, guidelines, annotators and snapshots in the store, each change in the append-only history.
class TeamStoreTest {
  @TempDir Path tmp;

  private static Topic topic(String id, String text) {
    return new Topic(new QueryId(id), text, "en", "set");
  }

  @Test
  void querySetsKeepTheirQueriesGuidelinesAndHistory() {
    try (JudgmentStore s = JudgmentStore.open(tmp.resolve("j.sqlite"))) {
      TeamStore t = s.team();
      t.createQuerySet("tides");
      assertThatThrownBy(() -> t.createQuerySet("tides")).hasMessageContaining("exists already");
      t.putQuery("tides", topic("q1", "tides and the moon"), "why tides happen", null);
      t.putQuery("tides", topic("q2", "spring tides"), null, "ambiguous");
      t.putQuery("tides", topic("q1", ""), "why tides happen, twice a day", "edited");
      assertThat(t.items("tides")).extracting(i -> i.topic().id().value() + ":" + i.topic().text() + ":" + i.infoNeed()
          + ":" + i.notes()).containsExactly("q1:tides and the moon:why tides happen, twice a day:edited",
          "q2:spring tides:null:ambiguous");
      t.setGuidelines("tides", "# Grades\\n3 = answers the question");
      t.renameQuerySet("tides", "ocean");
      assertThat(t.querySets()).singleElement().satisfies(q -> {
        assertThat(q.name()).isEqualTo("ocean");
        assertThat(q.size()).isEqualTo(2);
        assertThat(q.guidelines()).startsWith("# Grades");
      });
      t.removeQuery("ocean", new QueryId("q2"));
      assertThat(t.items("ocean")).hasSize(1);
      assertThat(s.topics()).extracting(x -> x.id().value()).contains("q2");
      t.deleteQuerySet("ocean");
      assertThat(t.querySets()).isEmpty();
      assertThatThrownBy(() -> t.items("ocean")).hasMessageContaining("no query set 'ocean'");
      assertThat(t.changes()).extracting(c -> c.kind() + " " + c.action() + " " + c.subject()).containsExactly(
          "query_set create tides", "query add tides/q1", "query add tides/q2", "query update tides/q1",
          "guidelines update tides", "query_set rename tides", "query remove ocean/q2", "query_set delete ocean");
    }
  }

  @Test
  void annotatorsComeFromJudgmentsAndCanBeAdded() {
    try (JudgmentStore s = JudgmentStore.open(tmp.resolve("j.sqlite"))) {
      s.record(NewJudgment.graded("q1", "d1", 2, "alice"));
      assertThat(s.team().addAnnotator("bob")).isTrue();
      assertThat(s.team().addAnnotator("bob")).isFalse();
      assertThat(s.team().annotators()).containsExactly("alice", "bob");
      assertThat(s.team().changes()).extracting(Change::subject).containsExactly("bob");
    }
  }

  @Test
  void snapshotsKeepTheirListsAsRunsAndProtectThem() {
    try (JudgmentStore s = JudgmentStore.open(tmp.resolve("j.sqlite"))) {
      RunMetadata meta = RunMetadata.bm25(1.2, 0.75, "2026-12-06T00:00:00Z");
      Ranking r = new Ranking(new QueryId("q1"), "BM25", List.of(new ScoredHit(new DocId("d1"), 1, 2.0)));
      String run = Snapshot.runName("before", "BM25");
      s.team().saveSnapshot(new Snapshot("before", "tides", "2026-12-06T00:00:00Z", "k1 1.2",
          List.of(new Snapshot.SnapshotList("BM25", run))), List.of(new SavedRun(run, meta, List.of(r))));
      assertThat(s.team().snapshots()).singleElement().satisfies(x -> {
        assertThat(x.querySet()).isEqualTo("tides");
        assertThat(x.lists()).extracting(Snapshot.SnapshotList::runName).containsExactly("snapshot:before:BM25");
      });
      assertThat(s.run(run)).isPresent();
      assertThatThrownBy(() -> s.team().saveSnapshot(new Snapshot("before", null, "x", null, List.of()), List.of()))
          .hasMessageContaining("exists already");
      assertThatThrownBy(() -> s.saveRun(new SavedRun(run, meta, List.of(r)))).hasMessageContaining("save run");
      s.team().deleteSnapshot("before");
      assertThat(s.team().snapshots()).isEmpty();
      assertThat(s.run(run)).isEmpty();
      assertThat(s.team().changes()).extracting(c -> c.action()).containsExactly("create", "delete");
    }
  }
}
