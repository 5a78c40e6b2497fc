package dev.relwb.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.DocId;
import dev.relwb.eval.PoolSpec;
import dev.relwb.eval.PooledDoc;
import dev.relwb.service.LanguageOption;
import dev.relwb.service.Settings;
import dev.relwb.ui.FakePorts;
import dev.relwb.ui.support.SameThreadTaskRunner;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/// The pooled judging queue, without the FX toolkit: the union of the top k of the lists on screen, by
/// best rank or in a seeded random order, unjudged first; *Blind* hides the sources; Space walks the
/// pool across lists and the judged share follows every judgment.
class JudgingQueueTest {
  private final FakePorts ports = new FakePorts();

  private SearchViewModel searched() {
    SearchViewModel vm = new SearchViewModel(ports, ports, ports, ports, ports, SameThreadTaskRunner.immediate(),
        new SimpleStringProperty("Fake"), Settings::defaults);
    vm.applyModel(ports.model().orElse(null), false);
    vm.compareLanguage().set(new LanguageOption("de_DE", "German — de_DE"));
    vm.query().set("moon ocean tides");
    vm.search();
    vm.judging().queue().depth().set(3);
    return vm;
  }

  private static List<String> docs(List<ResultRow> rows) {
    return rows.stream().map(r -> r.doc().value()).toList();
  }

  private static List<String> pooled(List<PooledDoc> pool) {
    return pool.stream().map(PooledDoc::doc).toList();
  }

  @Test
  void rankOrderIsTheUnionOfEveryListsTopKWithItsSources() {
    SearchViewModel vm = searched();
    JudgingQueue q = vm.judging().queue();
    List<String> bm25 = docs(vm.bm25Rows()).subList(0, 3);
    List<String> mono = docs(vm.reranked().rows()).subList(0, 3);
    List<String> ab = docs(vm.compare().rows()).subList(0, 3);
    assertThat(docs(q.rows())).containsExactlyInAnyOrderElementsOf(
        java.util.stream.Stream.of(bm25, mono, ab).flatMap(List::stream).distinct().toList());
    assertThat(q.rows()).extracting(ResultRow::rank).startsWith(1, 2, 3);
    assertThat(q.pool()).extracting(PooledDoc::bestRank).isSorted();
    assertThat(q.pool().getFirst().bestRank()).isEqualTo(1);
    assertThat(q.sources(new DocId(bm25.getFirst()))).startsWith("BM25 #1");
    assertThat(q.sources(new DocId(mono.getFirst()))).contains("mono-XM #1");
    assertThat(q.summary().get()).isEqualTo("pool: 0/" + q.rows().size() + " judged");
    assertThat(q.pool()).isEqualTo(ports.pool(q.shownLists(), vm.judgmentMap(), new PoolSpec(3, PoolSpec.Order.RANK,
        1, true)));
  }

  @Test
  void randomOrderIsFixedBySeed() {
    JudgingQueue q = searched().judging().queue();
    List<String> byRank = pooled(q.pool());
    q.order().set(PoolSpec.Order.RANDOM);
    q.seed().set(3);
    List<String> three = pooled(q.pool());
    assertThat(three).containsExactlyInAnyOrderElementsOf(byRank);
    assertThat(docs(q.rows())).isEqualTo(three);
    q.seed().set(4);
    q.seed().set(3);
    assertThat(pooled(q.pool())).isEqualTo(three);
    boolean shuffled = false;
    for (long s = 1; s < 6 && !shuffled; s++) {
      q.seed().set(s);
      shuffled = !pooled(q.pool()).equals(byRank);
    }
    assertThat(shuffled).as("some seed gives another order than by rank").isTrue();
    long before = q.seed().get();
    q.reshuffle();
    assertThat(q.seed().get()).isEqualTo(before + 1);
  }

  @Test
  void blindHidesWhereEachDocumentCameFrom() {
    JudgingQueue q = searched().judging().queue();
    assertThat(q.rows()).allSatisfy(r -> assertThat(q.sources(r.doc())).isNotEmpty());
    q.blind().set(true);
    assertThat(q.rows()).allSatisfy(r -> assertThat(q.sources(r.doc())).isEmpty());
    assertThat(q.rows()).allSatisfy(r -> assertThat(r.score()).isNaN());
    q.blind().set(false);
    assertThat(q.sources(q.rows().getFirst().doc())).isNotEmpty();
  }

  @Test
  void judgedDocumentsMoveBehindTheUnjudgedAndTheShareIsLive() {
    SearchViewModel vm = searched();
    JudgingQueue q = vm.judging().queue();
    q.shown().set(true);
    assertThat(vm.judging().active().get()).isEqualTo(RankingList.QUEUE);
    DocId first = q.rows().getFirst().doc();
    vm.judging().selected().set(first);
    vm.judging().grade(2);
    int n = q.rows().size();
    assertThat(q.rows().getLast().doc()).isEqualTo(first);
    assertThat(q.pool().getLast().judged()).isTrue();
    assertThat(q.summary().get()).isEqualTo("pool: 1/" + n + " judged");
    vm.judging().skip();
    assertThat(q.summary().get()).as("a skip leaves it unjudged").isEqualTo("pool: 0/" + n + " judged");
    assertThat(q.rows().getFirst().doc()).isEqualTo(first);
  }

  @Test
  void spaceWalksThePoolAcrossListsUntilEverythingIsJudged() {
    SearchViewModel vm = searched();
    JudgingModel j = vm.judging();
    JudgingQueue q = j.queue();
    q.order().set(PoolSpec.Order.RANDOM);
    q.shown().set(true);
    List<String> order = pooled(q.pool());
    j.selected().set(null);
    assertThat(j.nextUnjudged()).isTrue();
    assertThat(j.selected().get().value()).isEqualTo(order.getFirst());
    assertThat(j.nextUnjudged()).isTrue();
    assertThat(j.selected().get().value()).as("without judging, the next one").isEqualTo(order.get(1));
    j.move(-1);
    assertThat(j.selected().get().value()).as("K moves in the queue").isEqualTo(order.getFirst());
    for (int i = 0; i < order.size(); i++) {
      j.grade(i % 4);
      if (i < order.size() - 1) {
        assertThat(j.nextUnjudged()).isTrue();
        assertThat(j.selected().get().value()).isEqualTo(order.get(i + 1));
      }
    }
    assertThat(q.summary().get()).isEqualTo("pool: " + order.size() + "/" + order.size() + " judged");
    assertThat(j.nextUnjudged()).isFalse();
    assertThat(vm.status().get()).isEqualTo("Every document in the pool is judged.");
    assertThat(ports.saved).hasSize(order.size());
    j.switchList();
    assertThat(j.active().get()).as("Tab stays in the queue").isEqualTo(RankingList.QUEUE);
    q.shown().set(false);
    assertThat(j.active().get()).isEqualTo(RankingList.BM25);
    assertThat(j.nextUnjudged()).as("Space in the first-stage list again")
        .isEqualTo(vm.bm25Rows().stream().anyMatch(ResultRow::unjudged));
  }

  @Test
  void aNewSearchWhileTheQueueIsShownSelectsItsFirstDocument() {
    SearchViewModel vm = searched();
    JudgingQueue q = vm.judging().queue();
    q.order().set(PoolSpec.Order.RANDOM);
    q.shown().set(true);
    vm.query().set("ocean tides");
    vm.search();
    assertThat(vm.judging().active().get()).isEqualTo(RankingList.QUEUE);
    assertThat(q.rows()).extracting(ResultRow::doc).contains(vm.judging().selected().get());
    assertThat(q.shownLists()).extracting(r -> r.query().value()).containsOnly(vm.topic().id().value());
  }
}
