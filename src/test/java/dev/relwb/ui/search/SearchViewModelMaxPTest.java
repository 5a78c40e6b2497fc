package dev.relwb.ui.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.relwb.service.Settings;
import dev.relwb.ui.FakePorts;
import dev.relwb.ui.support.SameThreadTaskRunner;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/// The search view's MaxP rerank, on a same-thread runner: each document is scored by its best passage
/// so far, while the batches stream in. FakePassages gives d1, d8 and d10 a second passage (d1's scores
/// lower, d8's higher, d10's the same as the first).
class SearchViewModelMaxPTest {
  private final FakePorts ports = new FakePorts();

  private SearchViewModel model() {
    SearchViewModel vm = new SearchViewModel(ports, ports, ports, ports, ports, SameThreadTaskRunner.immediate(),
        new SimpleStringProperty("Fake"), Settings::defaults);
    vm.applyModel(ports.model().orElse(null), false);
    return vm;
  }

  private static ResultRow row(List<ResultRow> rows, String doc) {
    return rows.stream().filter(r -> r.doc().value().equals(doc)).findFirst().orElseThrow();
  }

  @Test
  void aDocumentGetsTheMaxOfItsPassagesAndShowsTheWinningOne() {
    SearchViewModel vm = model();
    vm.query().set("moon ocean tides");
    vm.search();
    assertThat(ports.calls).contains("passages 6");
    assertThat(vm.reranked().passageCount()).isEqualTo(9);
    List<ResultRow> rows = vm.reranked().rows();
    assertThat(rows).extracting(r -> r.doc().value()).doesNotHaveDuplicates()
        .isEqualTo(FakePorts.expectedRerankOrder(vm.hits(), 20, "auto")).startsWith("d9", "d2", "d1", "d8");
    ResultRow d8 = row(rows, "d8");
    assertThat(d8.score()).isCloseTo(0.6, within(1e-6));
    assertThat(d8.hit().id()).isEqualTo("d8#1");
    assertThat(d8.hit().snippet().text()).isEqualTo(dev.relwb.ui.FakePassages.SECOND_PASSAGES.get("d8"));
    assertThat(d8.hit().rank()).isEqualTo(5);
    assertThat(d8.movement()).isEqualTo("▲1");
    ResultRow d1 = row(rows, "d1");
    assertThat(d1.score()).isCloseTo(0.8, within(1e-6));
    assertThat(d1.hit().id()).isEqualTo("d1#0");
    assertThat(d1.hit().snippet().highlights()).isNotEmpty();
    assertThat(vm.reranked().progressText().get()).isEqualTo("9 passages of 6 documents reranked with auto → en_XX");
  }

  @Test
  void aTieGoesToTheEarlierPassage() {
    SearchViewModel vm = model();
    vm.query().set("moon ocean tides");
    vm.search();
    ResultRow d10 = row(vm.reranked().rows(), "d10");
    assertThat(d10.hit().id()).isEqualTo("d10#0");
    assertThat(d10.score()).isCloseTo(FakePorts.fakeScore("d10", "en_XX"), within(1e-6));
  }

  @Test
  void theWinningPassageDependsOnTheAdapter() {
    SearchViewModel vm = model();
    vm.query().set("moon ocean tides");
    vm.search();
    vm.compareLanguage().set(vm.languages().get(1));
    ResultRow d1 = row(vm.compare().rows(), "d1");
    assertThat(d1.hit().id()).isEqualTo("d1#1");
    assertThat(d1.score()).isCloseTo(0.7, within(1e-6));
    assertThat(vm.compare().rows()).extracting(r -> r.doc().value())
        .isEqualTo(FakePorts.expectedRerankOrder(vm.hits(), 20, "de_DE"));
  }

  @Test
  void aDocumentClimbsWhenABetterPassageArrivesInALaterBatch() {
    ports.batchSize = 1;
    SearchViewModel vm = model();
    List<Double> d8 = new ArrayList<>();
    ports.afterBatch = b -> vm.reranked().rows().stream().filter(r -> r.doc().value().equals("d8")).findFirst()
        .ifPresent(r -> d8.add(r.score()));
    vm.query().set("moon ocean tides");
    vm.search();
    // one batch per passage: d8's first passage, its second, then d4's
    assertThat(d8).hasSize(3);
    assertThat(d8.getFirst()).isCloseTo(FakePorts.fakeScore("d8", "en_XX"), within(1e-6));
    assertThat(d8.get(1)).isCloseTo(0.6, within(1e-6));
  }

  @Test
  void cancellingMidStreamKeepsThePartialList() {
    SearchViewModel vm = model();
    List<Integer> seen = new ArrayList<>();
    ports.afterBatch = b -> {
      seen.add(vm.reranked().rows().size());
      vm.cancelRerank();
    };
    vm.query().set("moon ocean tides");
    vm.search();
    assertThat(seen).containsExactly(2);
    assertThat(ports.rerankTokens.getFirst().isCancelled()).isTrue();
    assertThat(vm.reranked().rows()).extracting(r -> r.doc().value()).containsExactly("d2", "d1");
    assertThat(row(vm.reranked().rows(), "d1").score()).isCloseTo(0.8, within(1e-6));
    assertThat(vm.reranked().progressText().get()).isEqualTo("Cancelled: 3 / 9 passages scored");
    assertThat(vm.reranked().running()).isFalse();
  }
}
