package dev.relwb.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/// One system's ranked list for one query, best first (the order shown; a TREC run keeps it, see
/// `eval.TrecRunWriter`).
public record Ranking(QueryId query, String system, List<ScoredHit> hits) {
  /// Score descending, then document id descending: the order `trec_eval` gives equal scores.
  public static final Comparator<ScoredHit> TREC_ORDER = Comparator.comparingDouble((ScoredHit h) -> -h.score())
      .thenComparing((ScoredHit h) -> h.doc().value(), Comparator.reverseOrder());

  /// Copies the hit list so the record stays immutable.
  public Ranking {
    hits = List.copyOf(hits);
  }

  /// A reranked head above the rest of the first-stage ranking.
  ///
  /// `head` holds the reranker's scores for the top D documents (any order; sorted here by score, ties
  /// by id descending). `tail` is the first-stage ranking below depth D, in its order, with its scores;
  /// it is shifted to start one unit below the lowest head score, keeping its gaps. A document in both
  /// lists stays in the head only. Ranks are the positions 1, 2, 3, …
  public static Ranking rerankedHead(QueryId query, String system, List<ScoredHit> head, List<ScoredHit> tail) {
    List<ScoredHit> sorted = new ArrayList<>(head);
    sorted.sort(TREC_ORDER);
    Set<DocId> inHead = new HashSet<>();
    sorted.forEach(h -> inHead.add(h.doc()));
    List<ScoredHit> rest = tail.stream().filter(h -> !inHead.contains(h.doc())).toList();
    List<ScoredHit> out = new ArrayList<>(sorted.size() + rest.size());
    sorted.forEach(h -> out.add(new ScoredHit(h.doc(), out.size() + 1, h.score())));
    if (!rest.isEmpty()) {
      double floor = sorted.isEmpty() ? rest.getFirst().score() + 1 : sorted.getLast().score();
      double shift = rest.getFirst().score() - (floor - 1.0);
      rest.forEach(h -> out.add(new ScoredHit(h.doc(), out.size() + 1, h.score() - shift)));
    }
    return new Ranking(query, system, out);
  }
}
