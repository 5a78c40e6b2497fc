package dev.relwb.rerank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaxPTest {
  @Test
  void documentScoreIsItsBestPassageAndSaysWhichWon() {
    List<MaxP.DocumentScore> docs = MaxP.documents(List.of("a", "b", "a", "c", "b"),
        new float[] {0.5f, 2f, 3f, -1f, 2f});
    assertThat(docs).extracting(MaxP.DocumentScore::docId).containsExactly("a", "b", "c");
    assertThat(docs.get(0).bestPassage()).isEqualTo(2);
    assertThat(docs.get(0).logit()).isEqualTo(3f);
    assertThat(docs.get(0).passages()).isEqualTo(2);
    assertThat(docs.get(1).bestPassage()).as("tie: the earlier passage wins").isEqualTo(1);
    assertThat(docs.get(2).score()).isEqualTo(ScoredPair.sigmoid(-1f));
  }
}
