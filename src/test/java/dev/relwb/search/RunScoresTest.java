package dev.relwb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunScoresTest {
  private static List<RunScores.Entry> entries(String[] ids, double[] scores) {
    List<RunScores.Entry> out = new java.util.ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      out.add(new RunScores.Entry(ids[i], scores[i]));
    }
    return out;
  }

  @Test
  void tiesAreOrderedByIdDescendingAndLoweredOneStep() {
    List<RunScores.Entry> r = RunScores.sortedStrictlyDecreasing(entries(
        new String[] {"a", "c", "b", "d"}, new double[] {5.0, 7.25, 5.0, 5.0}));
    assertThat(r).containsExactly(new RunScores.Entry("c", 7.25), new RunScores.Entry("d", 5.0),
        new RunScores.Entry("b", 4.999999), new RunScores.Entry("a", 4.999998));
  }

  @Test
  void scoresCloserThanTheGridStayInOrder() {
    List<RunScores.Entry> r = RunScores.strictlyDecreasing(entries(
        new String[] {"x", "y", "z"}, new double[] {1.0000004, 1.0000001, 0.9999999}));
    assertThat(r).extracting(RunScores.Entry::score).containsExactly(1.0, 0.999999, 0.999998);
  }

  @Test
  void rerankedHeadGoesAboveTheShiftedBm25Tail() {
    // BM25 top 5: d1..d5; the reranker rescored the top 3 (d3 best); d4, d5 follow.
    List<RunScores.Entry> head = entries(new String[] {"d1", "d2", "d3"}, new double[] {0.20, 0.95, 0.97});
    List<RunScores.Entry> tail = entries(new String[] {"d4", "d5"}, new double[] {11.5, 10.0});
    List<RunScores.Entry> merged = RunScores.mergeRerankedHead(head, tail);
    assertThat(merged).extracting(RunScores.Entry::docId).containsExactly("d3", "d2", "d1", "d4", "d5");
    assertThat(merged).extracting(RunScores.Entry::score).containsExactly(0.97, 0.95, 0.2, -0.8, -2.3);
  }

  @Test
  void rerankTiesAndATailAboveTheHeadStayStrictlyDecreasing() {
    List<RunScores.Entry> head = entries(new String[] {"a", "b"}, new double[] {-3.0, -3.0});
    List<RunScores.Entry> tail = entries(new String[] {"c", "d", "e"}, new double[] {25.0, 25.0, 24.5});
    List<RunScores.Entry> merged = RunScores.mergeRerankedHead(head, tail);
    assertThat(merged).extracting(RunScores.Entry::docId).containsExactly("b", "a", "c", "d", "e");
    assertThat(merged).extracting(RunScores.Entry::score)
        .containsExactly(-3.0, -3.000001, -4.0, -4.000001, -4.5);
  }

  @Test
  void emptyHeadKeepsTheTail() {
    List<RunScores.Entry> merged = RunScores.mergeRerankedHead(List.of(),
        entries(new String[] {"a", "b"}, new double[] {3.0, 2.0}));
    assertThat(merged).extracting(RunScores.Entry::docId).containsExactly("a", "b");
    assertThat(merged.get(0).score()).isGreaterThan(merged.get(1).score());
  }
}
