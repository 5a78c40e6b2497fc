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
  void emptyInputGivesNoBatch() {
    assertThat(BatchPlanner.plan(new int[0], 100, 10)).isEmpty();
  }
}
