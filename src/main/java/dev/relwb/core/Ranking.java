package dev.relwb.core;

import java.util.List;

/// One system's ranked list for one query, best first.
public record Ranking(QueryId query, String system, List<ScoredHit> hits) {
  /// Copies the hit list so the record stays immutable.
  public Ranking {
    hits = List.copyOf(hits);
  }
}
