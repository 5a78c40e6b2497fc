package dev.relwb.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.relwb.core.AppDirs;
import dev.relwb.core.CancelToken;
import dev.relwb.core.CancelledException;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.Ranking;
import dev.relwb.core.ScoredHit;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import dev.relwb.eval.MetricComparison;
import dev.relwb.eval.RunResult;
import dev.relwb.judge.SavedRun;
import dev.relwb.judge.Snapshot;
import dev.relwb.rerank.ModelOpener;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Snapshots on real services: the sample corpus (BEIR, 69 queries) in a real index and judgments store,
/// BM25 with two k1 values, and the tiny X-MOD model for reranked lists.
class SnapshotServiceTest {
  @TempDir Path home;
  private JudgmentService judgments;
  private IndexServices index;
  private RerankService rerank;
  private EvaluationService evaluation;
  private SnapshotService snapshots;

  @BeforeEach
  void setUp() {
    AppDirs dirs = new AppDirs(home.resolve("data"), home.resolve("cache"), home.resolve("config")).ensureExist();
    judgments = new JudgmentService(dirs);
    index = new IndexServices(dirs, judgments);
    rerank = new RerankService(dirs, ModelOpener.xmod());
    RunService runs = index.runs(rerank);
    evaluation = new EvaluationService(judgments, runs);
    snapshots = new SnapshotService(judgments, runs, new QuerySetService(judgments, index.searching()));
    index.indexing().importSource("s", SourceKind.BEIR, Path.of("sample-corpora/sample"), ProgressListener.NONE,
        CancelToken.none());
  }

  @AfterEach
  void tearDown() {
    rerank.close();
    index.close();
  }

  private Snapshot save(String name, String set, double k1, int depth, List<String> adapters) {
    return snapshots.save(new SnapshotRequest("s", set, name, "note " + name, 20, null, depth, adapters, k1, null),
        ProgressListener.NONE, CancelToken.none());
  }

  private SavedRun run(String snapshot, String list) {
    return judgments.withStore("s", st -> st.run(Snapshot.runName(snapshot, list))).orElseThrow();
  }

  @Test
  void twoK1SnapshotsDiffWithRankMovesAndTheFiguresOfAnEvaluationOfTheirRuns() {
    List<Progress> seen = new CopyOnWriteArrayList<>();
    Snapshot k12 = snapshots.save(new SnapshotRequest("s", null, "k12", " default k1 ", 20, null, 0, List.of(), 1.2,
        null), seen::add, CancelToken.none());
    assertThat(k12.lists()).containsExactly(new Snapshot.SnapshotList("BM25", "snapshot:k12:BM25"));
    assertThat(k12.note()).isEqualTo("default k1");
    assertThat(k12.querySet()).isNull();
    assertThat(seen.getLast().done()).isEqualTo(69).isEqualTo(seen.getLast().total());
    save("k03", null, 0.3, 0, List.of());
    assertThat(snapshots.list("s")).extracting(Snapshot::name).containsExactly("k12", "k03");
    SavedRun r12 = run("k12", "BM25");
    assertThat(r12.metadata().system()).isEqualTo("BM25");
    assertThat(r12.metadata().bm25K1()).isCloseTo(1.2, within(1e-6));
    assertThat(run("k03", "BM25").metadata().bm25K1()).isCloseTo(0.3, within(1e-6));
    assertThat(r12.rankings()).hasSizeGreaterThan(60).allSatisfy(r -> assertThat(r.hits()).hasSizeLessThanOrEqualTo(20));

    SnapshotDiff d = snapshots.diff("s", "k12", "k03", 10, ProgressListener.NONE, CancelToken.none());
    assertThat(d.a()).isEqualTo("k12");
    assertThat(d.b()).isEqualTo("k03");
    assertThat(d.lists()).extracting(SnapshotDiff.ListDiff::list).containsExactly("BM25");
    SnapshotDiff.ListDiff bm25 = d.lists().getFirst();
    assertThat(bm25.queries()).filteredOn(SnapshotDiff.QueryDiff::changed).isNotEmpty();
    for (SnapshotDiff.QueryDiff q : bm25.queries()) {
      assertMovesMatchTheRankings(q, ranking(r12, q.topic()), ranking(run("k03", "BM25"), q.topic()), 10);
    }

    EvalOutcome eval = evaluation.evaluate(new EvalRequest(null, "s", List.of("snapshot:k12:BM25",
        "snapshot:k03:BM25"), SnapshotService.DEFAULT_METRICS, 1, "run", null, null));
    for (int i = 0; i < 2; i++) {
      RunResult expected = eval.report().runs().get(i);
      RunResult actual = bm25.report().runs().get(i);
      assertThat(actual.mean()).isEqualTo(expected.mean());
      assertThat(actual.perTopic()).isEqualTo(expected.perTopic());
    }
    assertThat(bm25.report().runs()).extracting(RunResult::run).containsExactly("k12", "k03");
    List<MetricComparison> want = eval.report().comparison().metrics();
    List<MetricComparison> got = bm25.report().comparison().metrics();
    assertThat(got).extracting(MetricComparison::metric).containsExactly("nDCG@10", "RR@10", "R@100", "AP", "P@10",
        "Judged@10");
    for (int i = 0; i < want.size(); i++) {
      assertThat(got.get(i).delta()).isEqualTo(want.get(i).delta());
      assertThat(got.get(i).pRandomization()).isEqualTo(want.get(i).pRandomization());
      assertThat(got.get(i).pTTest()).isEqualTo(want.get(i).pTTest());
      assertThat(List.of(got.get(i).wins(), got.get(i).ties(), got.get(i).losses()))
          .isEqualTo(List.of(want.get(i).wins(), want.get(i).ties(), want.get(i).losses()));
    }
    SnapshotDiff custom = snapshots.diff("s", "k12", "k03", 10, "P@5,nDCG@20", ProgressListener.NONE,
        CancelToken.none());
    assertThat(custom.lists().getFirst().report().metricNames()).containsExactly("P@5", "nDCG@20");
  }

  @Test
  void diffAgainstNowRanksTheSnapshotsQueriesWithTheCurrentSettings() {
    save("k12", null, 1.2, 0, List.of());
    save("k03", null, 0.3, 0, List.of());
    List<Progress> seen = new CopyOnWriteArrayList<>();
    SnapshotDiff same = snapshots.diff("s", "k12", null, 10, seen::add, CancelToken.none());
    assertThat(same.b()).isEqualTo(SnapshotService.NOW);
    assertThat(seen).isNotEmpty();
    SnapshotDiff.ListDiff list = same.lists().getFirst();
    assertThat(list.queries()).hasSizeGreaterThan(60).noneMatch(SnapshotDiff.QueryDiff::changed);
    assertThat(list.report().comparison().metrics()).allSatisfy(m -> assertThat(m.delta()).isZero());

    // the workspace's k1 is 1.2, so k03 against now is k03 against k12
    SnapshotDiff viaNow = snapshots.diff("s", "k03", null, 10, ProgressListener.NONE, CancelToken.none());
    SnapshotDiff viaSnapshot = snapshots.diff("s", "k03", "k12", 10, ProgressListener.NONE, CancelToken.none());
    assertThat(viaNow.lists().getFirst().queries()).isEqualTo(viaSnapshot.lists().getFirst().queries());
    assertThat(viaNow.lists().getFirst().report().runs().get(1).mean())
        .isEqualTo(viaSnapshot.lists().getFirst().report().runs().get(1).mean());
  }

  @Test
  void theTinyRerankerAddsOneListPerAdapterWithItsMetadata() {
    save("plain", null, 1.2, 5, List.of("auto"));                          // no model loaded: first stage only
    assertThat(snapshots.list("s").getFirst().lists()).extracting(Snapshot.SnapshotList::list).containsExactly("BM25");
    rerank.load(Path.of("src/test/resources/models/xmod-tiny"), "cpu", 1);
    List<Progress> seen = new CopyOnWriteArrayList<>();
    Snapshot mono = snapshots.save(new SnapshotRequest("s", null, "mono", null, 20, null, 5, List.of("auto",
        "fr_XX", "auto"), null, null), seen::add, CancelToken.none());
    assertThat(mono.lists()).extracting(Snapshot.SnapshotList::list)
        .containsExactly("BM25", "mono-XM auto", "mono-XM fr_XX");
    assertThat(seen.getLast().done()).isEqualTo(2 * 69).isEqualTo(seen.getLast().total());
    SavedRun fr = run("mono", "mono-XM fr_XX");
    assertThat(fr.metadata().system()).isEqualTo(RunService.RERANKED);
    assertThat(fr.metadata().adapterLanguage()).isEqualTo("fr_XX");
    assertThat(fr.metadata().rerankDepth()).isEqualTo(5);
    assertThat(fr.metadata().weightsSha256()).isNotBlank();
    assertThat(run("mono", "mono-XM auto").metadata().adapterLanguage()).isEqualTo("auto");
    SavedRun bm25 = run("mono", "BM25");
    for (Ranking r : fr.rankings()) {
      List<String> head = ids(r.hits().subList(0, Math.min(5, r.hits().size())));
      List<String> bmHead = ids(ranking(bm25, r.query().value()).hits().subList(0, head.size()));
      assertThat(head).containsExactlyInAnyOrderElementsOf(bmHead);
    }

    SnapshotDiff now = snapshots.diff("s", "mono", null, 10, ProgressListener.NONE, CancelToken.none());
    assertThat(now.lists()).extracting(SnapshotDiff.ListDiff::list)
        .containsExactly("BM25", "mono-XM auto", "mono-XM fr_XX");
    assertThat(now.lists()).allSatisfy(l -> assertThat(l.queries()).noneMatch(SnapshotDiff.QueryDiff::changed));
    SnapshotDiff lists = snapshots.diff("s", "plain", "mono", 10, ProgressListener.NONE, CancelToken.none());
    assertThat(lists.lists()).extracting(SnapshotDiff.ListDiff::list).containsExactly("BM25");
    SnapshotDiff rescored = snapshots.diff("s", "mono", "mono", 10, ProgressListener.NONE, CancelToken.none());
    assertThat(rescored.lists().get(1).report().runs()).extracting(RunResult::run).containsExactly("mono", "mono#2");
  }

  @Test
  void aQuerySetLimitsTheTopicsAndNowUsesTheSetAgain() {
    List<Topic> topics = judgments.topics("s");
    judgments.withStore("s", st -> {
      st.team().createQuerySet("few");
      topics.subList(0, 3).forEach(t -> st.team().putQuery("few", t, null, null));
      return null;
    });
    Snapshot s = save("few", "few", 1.2, 0, List.of());
    assertThat(s.querySet()).isEqualTo("few");
    assertThat(run("few", "BM25").rankings()).extracting(r -> r.query().value())
        .containsExactlyElementsOf(topics.subList(0, 3).stream().map(t -> t.id().value()).toList());
    SnapshotDiff d = snapshots.diff("s", "few", null, 5, ProgressListener.NONE, CancelToken.none());
    assertThat(d.lists().getFirst().queries()).hasSize(3);

    Topic typed = judgments.topicFor("s", "tides and the moon", "en");        // no judgments yet
    judgments.withStore("s", st -> {
      st.team().createQuerySet("new");
      st.team().putQuery("new", typed, null, null);
      return null;
    });
    save("new1", "new", 1.2, 0, List.of());
    save("new2", "new", 0.3, 0, List.of());
    SnapshotDiff.ListDiff unjudged = snapshots.diff("s", "new1", "new2", 10, ProgressListener.NONE,
        CancelToken.none()).lists().getFirst();
    assertThat(unjudged.report()).isNull();
    assertThat(unjudged.queries()).extracting(SnapshotDiff.QueryDiff::topic).containsExactly(typed.id().value());
    assertThatThrownBy(() -> save("x", "nope", 1.2, 0, List.of())).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("There is no query set 'nope'");
  }

  @Test
  void errorsNameTheSnapshotAndCancellingSavesNothing() {
    save("a", null, 1.2, 0, List.of());
    assertThatThrownBy(() -> save("a", null, 0.5, 0, List.of())).isInstanceOf(WorkbenchException.class)
        .hasMessage("The snapshot 'a' exists already: pick another name");
    assertThatThrownBy(() -> snapshots.diff("s", "a", "zz", 10, ProgressListener.NONE, CancelToken.none()))
        .hasMessageContaining("Workspace 's' has no snapshot 'zz'");
    assertThatThrownBy(() -> snapshots.diff("s", "zz", null, 10, ProgressListener.NONE, CancelToken.none()))
        .hasMessageContaining("has no snapshot 'zz'");
    assertThatThrownBy(() -> snapshots.delete("s", "zz")).hasMessageContaining("has no snapshot 'zz'");
    assertThatThrownBy(() -> save(" ", null, 1.2, 0, List.of())).hasMessageContaining("name");
    assertThatThrownBy(() -> snapshots.save(new SnapshotRequest("missing", null, "b", null, 20, null, 0, List.of(),
        null, null), ProgressListener.NONE, CancelToken.none())).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("missing");
    assertThat(snapshots.list("missing")).isEmpty();

    CancelToken cancel = new CancelToken();
    cancel.cancel();
    assertThatThrownBy(() -> snapshots.save(new SnapshotRequest("s", null, "c", null, 20, null, 0, List.of(), null,
        null), ProgressListener.NONE, cancel)).isInstanceOf(CancelledException.class);
    assertThat(snapshots.list("s")).extracting(Snapshot::name).containsExactly("a");

    snapshots.delete("s", "a");
    assertThat(snapshots.list("s")).isEmpty();
    java.util.Optional<SavedRun> gone = judgments.withStore("s", st -> st.run(Snapshot.runName("a", "BM25")));
    assertThat(gone).isEmpty();
  }

  /// Each document's ranks are its places (from 1) in the two top k, 0 outside; entered and left count them.
  private static void assertMovesMatchTheRankings(SnapshotDiff.QueryDiff q, Ranking a, Ranking b, int k) {
    List<String> topA = ids(a.hits().subList(0, Math.min(k, a.hits().size())));
    List<String> topB = ids(b.hits().subList(0, Math.min(k, b.hits().size())));
    for (SnapshotDiff.DocMove m : q.docs()) {
      assertThat(m.rankA()).isEqualTo(topA.indexOf(m.doc()) + 1);
      assertThat(m.rankB()).isEqualTo(topB.indexOf(m.doc()) + 1);
    }
    assertThat(q.docs()).hasSize((int) java.util.stream.Stream.concat(topA.stream(), topB.stream()).distinct().count());
    assertThat(q.entered()).isEqualTo((int) topB.stream().filter(d -> !topA.contains(d)).count());
    assertThat(q.left()).isEqualTo((int) topA.stream().filter(d -> !topB.contains(d)).count());
    assertThat(q.docs().subList(0, topB.size())).extracting(SnapshotDiff.DocMove::doc).containsExactlyElementsOf(topB);
  }

  private static Ranking ranking(SavedRun run, String topic) {
    return run.rankings().stream().filter(r -> r.query().value().equals(topic)).findFirst()
        .orElse(new Ranking(new dev.relwb.core.QueryId(topic), "none", List.of()));
  }

  private static List<String> ids(List<ScoredHit> hits) {
    return hits.stream().map(h -> h.doc().value()).collect(Collectors.toList());
  }
}
