package dev.relwb.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/// The rules for scores written to a TREC run, where evaluation tools re-sort by score and break
/// ties by document id: the order we show must be the order they read, so written scores must
/// be strictly decreasing.
///
/// Scores are written with 6 decimals. `strictlyDecreasing` rounds every score to that grid and
/// lowers a score that is not below its predecessor to one step (1e-6) below it; the order is
/// never changed. `mergeRerankedHead` puts a reranked head above the BM25 tail that follows it.
public final class RunScores {
  /// Decimals written per score.
  public static final int DECIMALS = 6;
  private static final double SCALE = 1e6;

  /// One ranked document and its score.
  public record Entry(String docId, double score) { }

  /// trec_eval's order: score descending, then document id descending.
  public static final Comparator<Entry> TREC_ORDER = Comparator.comparingDouble((Entry e) -> -e.score())
      .thenComparing(Entry::docId, Comparator.reverseOrder());

  private RunScores() { }

  /// `ordered` (kept in its order) with scores on the 6-decimal grid, each strictly below the previous.
  public static List<Entry> strictlyDecreasing(List<Entry> ordered) {
    List<Entry> out = new ArrayList<>(ordered.size());
    long prev = Long.MAX_VALUE;
    for (Entry e : ordered) {
      long u = Math.round(e.score() * SCALE);
      if (u >= prev) {
        u = prev - 1;
      }
      out.add(new Entry(e.docId(), u / SCALE));
      prev = u;
    }
    return out;
  }

  /// Sorts `entries` in trec_eval order, then makes the scores strictly decreasing.
  public static List<Entry> sortedStrictlyDecreasing(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(TREC_ORDER);
    return strictlyDecreasing(sorted);
  }

  /// A reranked head followed by the rest of the first-stage ranking.
  ///
  /// `head` holds the reranker's scores for the top D documents (any order; sorted here by score,
  /// ties by id descending). `tail` is the first-stage ranking below depth D, in its order, with
  /// its BM25 scores. The head keeps its scores; the tail is shifted to start one unit below the
  /// lowest head score, keeping its gaps; then all scores are made strictly decreasing.
  /// A document in both lists is kept in the head only.
  public static List<Entry> mergeRerankedHead(List<Entry> head, List<Entry> tail) {
    List<Entry> sortedHead = new ArrayList<>(head);
    sortedHead.sort(TREC_ORDER);
    java.util.Set<String> inHead = new java.util.HashSet<>();
    sortedHead.forEach(e -> inHead.add(e.docId()));
    List<Entry> rest = tail.stream().filter(e -> !inHead.contains(e.docId())).toList();
    List<Entry> merged = new ArrayList<>(sortedHead);
    if (!rest.isEmpty()) {
      double floor = sortedHead.isEmpty() ? rest.getFirst().score() + 1 : sortedHead.getLast().score();
      double shift = rest.getFirst().score() - (floor - 1.0);
      for (Entry e : rest) {
        merged.add(new Entry(e.docId(), e.score() - shift));
      }
    }
    return strictlyDecreasing(merged);
  }
}
