package dev.relwb.rerank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/// Cuts rows into batches for speed: rows sorted by length (shortest first, so the first scores
/// come fast), each batch padded only to its own longest row, and each batch sized by a token
/// budget (rows × longest row ≤ budget). The first batch has its own, smaller budget.
public final class BatchPlanner {
  private BatchPlanner() { }

  /// The batches as lists of row indices into `lengths`; every index appears exactly once.
  public static List<int[]> plan(int[] lengths, int batchTokens, int firstBatchTokens) {
    Integer[] order = IntStream.range(0, lengths.length).boxed().toArray(Integer[]::new);
    java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(i -> lengths[i]).thenComparingInt(i -> i));
    List<int[]> batches = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    int longest = 0;
    for (int row : order) {
      int budget = batches.isEmpty() ? firstBatchTokens : batchTokens;
      int newLongest = Math.max(longest, lengths[row]);
      if (!current.isEmpty() && (long) (current.size() + 1) * newLongest > budget) {
        batches.add(current.stream().mapToInt(Integer::intValue).toArray());
        current.clear();
        newLongest = lengths[row];
      }
      current.add(row);
      longest = newLongest;
    }
    if (!current.isEmpty()) {
      batches.add(current.stream().mapToInt(Integer::intValue).toArray());
    }
    return batches;
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
