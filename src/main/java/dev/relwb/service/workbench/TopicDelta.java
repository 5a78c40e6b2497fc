package dev.relwb.service.workbench;

import dev.relwb.core.QueryId;

/// One topic's value of the report's main metric for both systems.
public record TopicDelta(QueryId topic, double bm25, double reranked) {
  /// reranked − BM25.
  public double delta() {
    return reranked - bm25;
  }
}
