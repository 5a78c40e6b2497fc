package dev.relwb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.WorkbenchException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/// The one pooling function of `relwb pool` and the judging queue: the union of the runs' top k, by best
/// rank or in a seeded shuffle, unjudged first.
class PoolingTest {
  private static Run run(String name, String topic, String... docs) {
    Run.Builder b = Run.builder(name);
    for (int i = 0; i < docs.length; i++) {
      b.add(topic, docs[i], docs.length - i, i + 1, 0);
    }
    return b.build();
  }

  private static final List<Run> RUNS = List.of(run("bm25", "q", "a", "b", "c", "d", "e"),
      run("mono", "q", "c", "f", "a", "g", "b"));

  private static List<String> docs(List<PooledDoc> pool) {
    return pool.stream().map(PooledDoc::doc).toList();
  }

  @Test
  void rankOrderIsTheUnionOfTheTopKByBestRankWithEveryRunsRank() {
    List<PooledDoc> pool = Pooling.pool(RUNS, PoolSpec.unjudgedByRank(3), (t, d) -> false);
    assertThat(docs(pool)).containsExactly("a", "c", "b", "f");
    assertThat(pool.getFirst().ranks()).containsExactly(Map.entry("bm25", 1), Map.entry("mono", 3));
    assertThat(pool.get(1).ranks()).containsExactly(Map.entry("bm25", 3), Map.entry("mono", 1));
    assertThat(pool).extracting(PooledDoc::bestRank).containsExactly(1, 1, 2, 2);
  }

  @Test
  void unjudgedComeFirstAndJudgedAfterInTheSameOrderOrNotAtAll() {
    Set<String> judged = Set.of("a", "f");
    List<PooledDoc> all = Pooling.pool(RUNS, new PoolSpec(3, PoolSpec.Order.RANK, 0, true),
        (t, d) -> judged.contains(d));
    assertThat(docs(all)).containsExactly("c", "b", "a", "f");
    assertThat(all).extracting(PooledDoc::judged).containsExactly(false, false, true, true);
    assertThat(docs(Pooling.pool(RUNS, PoolSpec.unjudgedByRank(3), (t, d) -> judged.contains(d))))
        .containsExactly("c", "b");
  }

  @Test
  void randomOrderIsFixedBySeedAndKeepsTheRelativeOrderWhenARunIsAdded() {
    PoolSpec seven = new PoolSpec(5, PoolSpec.Order.RANDOM, 7, true);
    List<String> a = docs(Pooling.pool(RUNS, seven, (t, d) -> false));
    assertThat(a).containsExactlyInAnyOrder("a", "b", "c", "d", "e", "f", "g")
        .isEqualTo(docs(Pooling.pool(RUNS, seven, (t, d) -> false)));
    List<List<String>> orders = java.util.stream.LongStream.range(1, 6).mapToObj(s -> docs(Pooling.pool(RUNS,
        new PoolSpec(5, PoolSpec.Order.RANDOM, s, true), (t, d) -> false))).distinct().toList();
    assertThat(orders).as("other seeds, other orders").hasSizeGreaterThan(3);
    List<String> fewer = docs(Pooling.pool(RUNS.subList(0, 1), seven, (t, d) -> false));
    assertThat(a.stream().filter(fewer::contains).toList()).isEqualTo(fewer);
    assertThat(Pooling.shuffleKey(7, "q", "a")).isEqualTo(Pooling.shuffleKey(7, "q", "a"))
        .isNotEqualTo(Pooling.shuffleKey(8, "q", "a"));
  }

  @Test
  void topicsComeInByteOrderAndTheDepthIsChecked() {
    List<Run> runs = List.of(run("r", "q2", "x"), run("s", "q10", "y"));
    assertThat(Pooling.pool(runs, PoolSpec.unjudgedByRank(1), (t, d) -> false)).extracting(PooledDoc::topic)
        .containsExactly("q10", "q2");
    assertThatThrownBy(() -> PoolSpec.unjudgedByRank(0)).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("at least 1");
    assertThat(PoolSpec.Order.parse(" Random ")).isEqualTo(PoolSpec.Order.RANDOM);
    assertThatThrownBy(() -> PoolSpec.Order.parse("best")).hasMessageContaining("use rank or random");
  }
}
