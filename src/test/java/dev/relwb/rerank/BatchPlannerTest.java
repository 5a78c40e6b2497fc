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
  void forLanesKeepsTheFirstBatchThenGoesCostliestFirstAndSplitsTheLastBatches() {
    int[] lengths = new int[40];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = 20 + 10 * i;
    }
    List<int[]> plan = BatchPlanner.plan(lengths, 1200, 100);
    List<int[]> lanes = BatchPlanner.forLanes(plan, lengths, 2);
    assertThat(lanes.stream().flatMapToInt(IntStream::of).sorted().toArray())
        .containsExactly(IntStream.range(0, lengths.length).toArray());
    assertThat(lanes.getFirst()).isSameAs(plan.getFirst());
    assertThat(lanes).hasSize(plan.size() + 2);
    for (int k = 2; k < lanes.size(); k++) {
      assertThat(BatchPlanner.cost(lanes.get(k), lengths)).isLessThanOrEqualTo(BatchPlanner.cost(lanes.get(k - 1), lengths));
    }
    // the two cheapest batches of the plan come last, each in two halves
    List<int[]> rest = new java.util.ArrayList<>(plan.subList(1, plan.size()));
    rest.sort(java.util.Comparator.comparingLong(b -> BatchPlanner.cost(b, lengths)));
    int[] halves = lanes.subList(lanes.size() - 4, lanes.size()).stream().flatMapToInt(IntStream::of).sorted().toArray();
    int[] cheapest = IntStream.concat(IntStream.of(rest.get(0)), IntStream.of(rest.get(1))).sorted().toArray();
    assertThat(halves).containsExactly(cheapest);
  }

  @Test
  void forLanesLeavesTheOrderAloneForOneLaneOrTwoBatches() {
    int[] lengths = {50, 60, 400, 410, 420};
    List<int[]> plan = BatchPlanner.plan(lengths, 900, 120);
    assertThat(BatchPlanner.forLanes(plan, lengths, 1)).isSameAs(plan);
    List<int[]> two = BatchPlanner.plan(new int[] {50, 60}, 100, 60);
    assertThat(BatchPlanner.forLanes(two, new int[] {50, 60}, 2)).isSameAs(two);
  }

  @Test
  void costGrowsWithTheRowLengthAtEqualTokens() {
    int[] lengths = {100, 100, 100, 100, 400};
    assertThat(BatchPlanner.cost(new int[] {0, 1, 2, 3}, lengths)).isLessThan(BatchPlanner.cost(new int[] {4}, lengths));
  }

  @Test
  void emptyInputGivesNoBatch() {
    assertThat(BatchPlanner.plan(new int[0], 100, 10)).isEmpty();
  }
}
