package dev.relwb.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.search.Hit;
import dev.relwb.search.Snippet;
import dev.relwb.service.MaxPInput;
import dev.relwb.service.RerankedPassage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// MaxP aggregation of a streamed mono-XM list, batch by batch and in any arrival order.
class RerankedListTest {
  private static Hit hit(String id, String doc, int rank) {
    return new Hit(rank, id, doc, 0, 2, doc, "text of " + id, null, "en", 0, 1, 10 - rank,
        new Snippet("text of " + id, List.of()), null);
  }

  private static RerankedPassage scored(int index, float logit) {
    return new RerankedPassage(index, logit, (float) (1 / (1 + Math.exp(-logit))), 10, 0, false);
  }

  private static RerankedList list() {
    RerankedList list = new RerankedList();
    // passages 0, 1 of "a" (BM25 rank 1), 2, 3 of "b" (rank 2), 4 of "c" (rank 3)
    list.expect(List.of(new MaxPInput.Document(hit("a#0", "a", 1), List.of(hit("a#0", "a", 1), hit("a#1", "a", 0))),
        new MaxPInput.Document(hit("b#0", "b", 2), List.of(hit("b#0", "b", 2), hit("b#1", "b", 0))),
        new MaxPInput.Document(hit("c#0", "c", 3), List.of(hit("c#0", "c", 3)))));
    return list;
  }

  @Test
  void eachDocumentIsScoredByItsBestPassageSoFar() {
    RerankedList list = list();
    list.add(List.of(scored(3, 2f), scored(4, 1f)), Map.of());
    assertThat(list.rows()).extracting(r -> r.doc().value()).containsExactly("b", "c");
    assertThat(list.rows().getFirst().hit().id()).isEqualTo("b#1");
    assertThat(list.rows().getFirst().hit().rank()).isEqualTo(2);
    assertThat(list.progress().get()).isEqualTo(0.4);
    list.add(List.of(scored(0, 3f), scored(2, 5f)), Map.of());
    assertThat(list.rows()).extracting(r -> r.doc().value()).containsExactly("b", "a", "c");
    assertThat(list.rows().getFirst().hit().id()).isEqualTo("b#0");
    assertThat(list.rows().getFirst().logit()).isEqualTo(5.0);
    assertThat(list.rows()).extracting(ResultRow::movement).containsExactly("▲1", "▼1", "=");
  }

  @Test
  void tiesGoToTheEarlierPassageAndThenToTheFirstStageOrder() {
    RerankedList list = list();
    list.add(List.of(scored(1, 2f), scored(4, 2f)), Map.of());
    list.add(List.of(scored(0, 2f), scored(2, 2f)), Map.of());
    assertThat(list.rows()).extracting(r -> r.doc().value()).containsExactly("a", "b", "c");
    assertThat(list.rows().getFirst().hit().id()).isEqualTo("a#0");
    assertThat(list.effectiveRanking(List.of())).extracting(d -> d.value()).containsExactly("a", "b", "c");
  }
}
