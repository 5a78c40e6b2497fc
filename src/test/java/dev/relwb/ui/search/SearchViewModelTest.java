package dev.relwb.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.DocId;
import dev.relwb.service.LanguageOption;
import dev.relwb.service.RerankerInfo;
import dev.relwb.service.Settings;
import dev.relwb.ui.FakePorts;
import dev.relwb.ui.support.JobHandle;
import dev.relwb.ui.support.SameThreadTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/// The search view's model, without the FX toolkit, on a same-thread runner and in-memory ports.
class SearchViewModelTest {
  private final FakePorts ports = new FakePorts();

  private SearchViewModel model(SameThreadTaskRunner runner) {
    SearchViewModel vm = new SearchViewModel(ports, ports, ports, ports, ports, runner,
        new SimpleStringProperty("Fake"), Settings::defaults);
    vm.applyModel(ports.model().orElse(null), false);
    return vm;
  }

  private static List<String> docs(List<ResultRow> rows) {
    return rows.stream().map(r -> r.doc().value()).toList();
  }

  @Test
  void searchFillsBothLists() {
    SearchViewModel vm = model(SameThreadTaskRunner.immediate());
    vm.query().set("moon ocean tides");
    vm.search();
    assertThat(docs(vm.bm25Rows())).startsWith("d2", "d1", "d9");
    assertThat(vm.bm25Rows()).extracting(ResultRow::rank).startsWith(1, 2, 3);
    var snippet = vm.bm25Rows().getFirst().hit().snippet();
    assertThat(snippet.highlights()).isNotEmpty().allSatisfy(span -> assertThat(snippet.text()
        .substring(span.start(), span.end())).isIn("moon", "ocean", "tides", "Moon", "Tides"));
    assertThat(docs(vm.reranked().rows())).isEqualTo(FakePorts.expectedRerankOrder(vm.hits(), 20, "auto"));
    assertThat(vm.reranked().rows().getFirst().doc().value()).isEqualTo("d9");
    assertThat(vm.reranked().rows().getFirst().movement()).isEqualTo("▲2");
    assertThat(vm.reranked().rows().getFirst().score()).isCloseTo(0.95, within(1e-6));
    assertThat(vm.reranked().progress().get()).isEqualTo(1.0);
    assertThat(vm.depth().get()).isEqualTo(20);
    assertThat(vm.status().get()).startsWith(vm.hits().size() + " BM25 hits");
  }

  @Test
  void rerankStreamUpdatesTheRightListBatchByBatch() {
    SearchViewModel vm = model(SameThreadTaskRunner.immediate());
    List<Integer> sizes = new ArrayList<>();
    List<String> progress = new ArrayList<>();
    ports.afterBatch = b -> {
      sizes.add(vm.reranked().rows().size());
      progress.add(vm.reranked().progressText().get());
    };
    vm.query().set("ocean tides moon");
    vm.search();
    assertThat(vm.hits()).hasSize(6);
    // MaxP: d1, d10 and d8 send two passages each, so 9 passages stream in three batches
    assertThat(sizes).containsExactly(2, 4, 6);
    assertThat(progress).containsExactly("3 / 9 passages scored · ETA 0 s", "6 / 9 passages scored · ETA 0 s",
        "9 / 9 passages scored · ETA 0 s");
    assertThat(vm.reranked().rows()).hasSize(6);
  }

  @Test
  void aNewQueryCancelsTheOldJob() {
    SameThreadTaskRunner runner = SameThreadTaskRunner.deferred();
    SearchViewModel vm = model(runner);
    vm.query().set("moon");
    vm.search();
    runner.runPending();
    // the first query's rerank has streamed one batch when the user runs a second query
    SameThreadTaskRunner immediate = SameThreadTaskRunner.immediate();
    vm.query().set("moon tides");
    vm.search();
    JobHandle firstSearch = runner.handles().get(0);
    JobHandle firstRerank = runner.handles().get(1);
    JobHandle secondSearch = runner.handles().get(2);
    assertThat(firstRerank.isCancelled()).isTrue();
    assertThat(secondSearch.isCancelled()).isFalse();
    assertThat(firstSearch.isDone()).isTrue();
    runner.runPending();
    assertThat(immediate.failures()).isEmpty();
    assertThat(vm.reranked().rows()).isNotEmpty();
    assertThat(ports.rerankTokens.getFirst().isCancelled()).isTrue();
    assertThat(ports.rerankTokens.getLast().isCancelled()).isFalse();
    assertThat(docs(vm.reranked().rows())).isEqualTo(FakePorts.expectedRerankOrder(vm.hits(), 20, "auto"));
    assertThat(vm.hits()).extracting(h -> h.docId()).contains("d8");
  }

  @Test
  void aNewQueryMidStreamStopsTheOldRerankWithinOneBatch() {
    SearchViewModel vm = model(SameThreadTaskRunner.immediate());
    List<String> batchesOfFirst = new ArrayList<>();
    ports.afterBatch = b -> {
      if (vm.query().get().equals("ocean tides moon")) {
        batchesOfFirst.add(b.getLast().index() + 1 + "/" + vm.hits().size());
        if (batchesOfFirst.size() == 1) {
          ports.afterBatch = x -> { };
          vm.query().set("bread water");
          vm.search();
        }
      }
    };
    vm.query().set("ocean tides moon");
    vm.search();
    assertThat(batchesOfFirst).containsExactly("3/6");
    assertThat(ports.rerankTokens.getFirst().isCancelled()).isTrue();
    assertThat(docs(vm.bm25Rows())).contains("d5").doesNotContain("d9");
    assertThat(docs(vm.reranked().rows())).containsExactlyInAnyOrderElementsOf(docs(vm.bm25Rows()));
  }

  @Test
  void judgingKeysStoreGradesAndUpdateTheLiveMetrics() {
    SearchViewModel vm = model(SameThreadTaskRunner.immediate());
    vm.query().set("moon ocean tides");
    vm.search();
    assertThat(vm.bm25Metrics().get().ndcg10()).isZero();
    assertThat(vm.bm25Metrics().get().unjudgedShare()).isEqualTo(1.0);
    JudgingModel j = vm.judging();
    assertThat(j.selected().get()).isEqualTo(new DocId("d2"));
    j.active().set(RankingList.RERANKED);
    j.move(-1);
    assertThat(j.selected().get()).isEqualTo(new DocId("d9"));
    j.grade(3);
    assertThat(ports.saved.keySet()).singleElement().asString().endsWith("/d9");
    assertThat(vm.reranked().rows().getFirst().judgment().badge()).isEqualTo("3");
    ResultRow bm25d9 = vm.bm25Rows().stream().filter(r -> r.doc().value().equals("d9")).findFirst().orElseThrow();
    assertThat(bm25d9.judgment().grade().value()).isEqualTo(3);
    // reranked: d9 first (grade 3) → nDCG 1, RR 1; BM25 has d9 third → (3/log2(4)) / 3
    assertThat(vm.rerankMetrics().get().ndcg10()).isEqualTo(1.0);
    assertThat(vm.rerankMetrics().get().rr10()).isEqualTo(1.0);
    assertThat(vm.bm25Metrics().get().ndcg10()).isCloseTo(0.5, within());
    assertThat(vm.bm25Metrics().get().rr10()).isCloseTo(1 / 3.0, within());
    int n = Math.min(10, vm.hits().size());
    assertThat(vm.bm25Metrics().get().unjudgedShare()).isCloseTo((n - 1.0) / n, within());
    j.move(1);
    j.grade(0);
    j.move(1);
    j.skip();
    assertThat(ports.calls).filteredOn(c -> c.startsWith("save"))
        .containsExactly("save d9=3", "save d2=0", "save d1=S");
    j.active().set(RankingList.BM25);
    j.selected().set(new DocId("d2"));
    assertThat(j.nextUnjudged()).isTrue();
    assertThat(j.selected().get().value()).isNotIn("d9", "d2");
    j.switchList();
    assertThat(j.active().get()).isEqualTo(RankingList.RERANKED);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return within(1e-9);
  }

  private static org.assertj.core.data.Offset<Double> within(double e) {
    return org.assertj.core.data.Offset.offset(e);
  }

  @Test
  void bm25OnlyModeWorksWithoutAModel() {
    ports.modelLoaded = false;
    SearchViewModel vm = model(SameThreadTaskRunner.immediate());
    vm.applyModel(null, false);
    assertThat(vm.modelAvailable().get()).isFalse();
    assertThat(vm.languages()).containsExactly(LanguageOption.AUTO);
    vm.query().set("bread water");
    vm.search();
    assertThat(docs(vm.bm25Rows())).contains("d5", "d3");
    assertThat(vm.reranked().rows()).isEmpty();
    assertThat(vm.reranked().progressText().get()).contains("BM25-only");
    assertThat(ports.calls).noneMatch(c -> c.startsWith("rerank"));
    assertThat(vm.judging().selected().get()).isEqualTo(vm.bm25Rows().getFirst().doc());
    vm.judging().grade(2);
    assertThat(vm.bm25Rows().getFirst().judgment().badge()).isEqualTo("2");
    assertThat(vm.bm25Metrics().get().ndcg10()).isEqualTo(1.0);
  }

  @Test
  void switchingTheAdapterLanguageRunsTheSearchAndRerankAgain() {
    SearchViewModel vm = model(SameThreadTaskRunner.immediate());
    vm.query().set("moon ocean tides");
    vm.search();
    LanguageOption german = vm.languages().stream().filter(l -> l.code().equals("de_DE")).findFirst().orElseThrow();
    vm.language().set(german);
    assertThat(ports.calls).contains("search moon ocean tides [de_DE] bm25 1.2 0.75", "rerank moon ocean tides [de_DE]");
    assertThat(vm.reranked().language().get()).isEqualTo("de_DE");
    assertThat(docs(vm.reranked().rows())).isEqualTo(FakePorts.expectedRerankOrder(vm.hits(), 20, "de_DE"));
  }

  @Test
  void adapterAbShowsASecondRerankedList() {
    SearchViewModel vm = model(SameThreadTaskRunner.immediate());
    vm.query().set("moon ocean tides");
    vm.search();
    vm.compareLanguage().set(vm.languages().get(1));
    assertThat(vm.compare().language().get()).isEqualTo("de_DE");
    assertThat(docs(vm.compare().rows())).isEqualTo(FakePorts.expectedRerankOrder(vm.hits(), 20, "de_DE"));
    assertThat(docs(vm.reranked().rows())).isEqualTo(FakePorts.expectedRerankOrder(vm.hits(), 20, "auto"));
    vm.compareLanguage().set(null);
    assertThat(vm.compare().rows()).isEmpty();
  }

  @Test
  void depthDefaultsFollowTheDevice() {
    SearchViewModel vm = model(SameThreadTaskRunner.immediate());
    vm.applyModel(new RerankerInfo("m", "m", List.of(), Map.of(), "en_XX", 512, "gpu:0", 1, "fp32", ""), false);
    assertThat(vm.depth().get()).isEqualTo(100);
    vm.applyModel(new RerankerInfo("m", "m", List.of(), Map.of(), "en_XX", 512, "cpu", 1, "fp32", ""), false);
    assertThat(vm.depth().get()).isEqualTo(20);
  }
}
