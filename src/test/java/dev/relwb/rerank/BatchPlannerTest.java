package dev.relwb.rerank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchPlannerTest {
  @Test
  void everyRowOnceShortestFirstWithinBudgets() {
    int[] lengths = {300, 80, 120, 419, 90, 200, 200, 85, 600};
    List<int[]> plan = BatchPlanner.plan(lengths, 1000, 200);
    assertThat(plan.stream().flatMapToInt(IntStream::of).sorted().toArray())
        .containsExactly(IntStream.range(0, lengths.length).toArray());
    assertThat(plan.getFirst()).containsExactly(1, 7);
    for (int[] b : plan.subList(1, plan.size())) {
      assertThat(b.length == 1 || BatchPlanner.paddedTokens(b, lengths) <= 1000).isTrue();
    }
    assertThat(plan.getLast()).containsExactly(8);
  }

  @Test
  void aRowLongerThanTheBudgetRunsAlone() {
    List<int[]> plan = BatchPlanner.plan(new int[] {50, 500}, 100, 100);
    assertThat(plan).hasSize(2);
    assertThat(plan.get(1)).containsExactly(1);
  }

  @Test
  void cutsWhereThePaddingIsLeastNotWhereTheBudgetIsFull() {
    int[] lengths = {100, 100, 100, 100, 190, 200, 200, 200, 200};
    List<int[]> plan = BatchPlanner.plan(lengths, 1000, 100);
    // Filling each batch up would give [0] [1 2 3 4 5] [6 7 8]: 100 + 1000 + 600 tokens.
    assertThat(plan).hasSize(3);
    assertThat(plan.get(1)).containsExactly(1, 2, 3);
    assertThat(plan.get(2)).containsExactly(4, 5, 6, 7, 8);
    assertThat(plan.stream().mapToLong(b -> BatchPlanner.paddedTokens(b, lengths)).sum()).isEqualTo(1400);
  }

  @Test
  void emptyInputGivesNoBatch() {
    assertThat(BatchPlanner.plan(new int[0], 100, 10)).isEmpty();
  }
}
