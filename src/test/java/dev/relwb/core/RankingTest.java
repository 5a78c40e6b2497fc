package dev.relwb.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/// A reranked head above the rest of the first-stage ranking.
class RankingTest {
  private static List<ScoredHit> hits(String[] ids, double[] scores) {
    List<ScoredHit> out = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      out.add(new ScoredHit(new DocId(ids[i]), i + 1, scores[i]));
    }
    return out;
  }

  private static int close(Double a, Double b) {
    return Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b);
  }

  private static Ranking merge(List<ScoredHit> head, List<ScoredHit> tail) {
    return Ranking.rerankedHead(new QueryId("q"), "BM25+mono-XM", head, tail);
  }

  @Test
  void theRerankedHeadGoesAboveTheShiftedBm25Tail() {
    // BM25 top 5: d1..d5; the reranker rescored the top 3 (d3 best); d4, d5 follow
    Ranking r = merge(hits(new String[] {"d1", "d2", "d3"}, new double[] {0.20, 0.95, 0.97}),
        hits(new String[] {"d4", "d5"}, new double[] {11.5, 10.0}));
    assertThat(r.hits()).extracting(h -> h.doc().value()).containsExactly("d3", "d2", "d1", "d4", "d5");
    assertThat(r.hits()).extracting(ScoredHit::score).usingElementComparator(RankingTest::close)
        .containsExactly(0.97, 0.95, 0.2, -0.8, -2.3);
    assertThat(r.hits()).extracting(ScoredHit::rank).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void headTiesFollowTheTrecOrderAndATailDocumentInTheHeadStaysThere() {
    Ranking r = merge(hits(new String[] {"a", "b"}, new double[] {-3.0, -3.0}),
        hits(new String[] {"c", "a", "e"}, new double[] {25.0, 25.0, 24.5}));
    assertThat(r.hits()).extracting(h -> h.doc().value()).containsExactly("b", "a", "c", "e");
    assertThat(r.hits()).extracting(ScoredHit::score).usingElementComparator(RankingTest::close)
        .containsExactly(-3.0, -3.0, -4.0, -4.5);
  }

  @Test
  void anEmptyHeadKeepsTheTail() {
    Ranking r = merge(List.of(), hits(new String[] {"a", "b"}, new double[] {3.0, 2.0}));
    assertThat(r.hits()).extracting(h -> h.doc().value()).containsExactly("a", "b");
    assertThat(r.hits().get(0).score()).isGreaterThan(r.hits().get(1).score());
  }
}
