package dev.relwb.service;

import dev.relwb.eval.Aggregation;

/// BM25 against BM25+reranker over a workspace's judged topics (the Evaluation tab): the top `k` of
/// each, the top `depth` reranked with the adapter `language` (`auto` = each query's language), and BM25
/// `k1`/`b` (null = the workspace's), judged by the annotators' grades combined per pair by
/// `aggregation` (null = [Aggregation#LATEST]; an adjudicated grade always wins).
public record CompareRequest(String workspace, String topicSet, String language, int depth, int k, Double k1,
    Double b, Aggregation aggregation) {
  /// Rejects a non-positive depth or k; a null aggregation is `latest`.
  public CompareRequest {
    if (depth < 1 || k < 1) {
      throw new IllegalArgumentException("depth and k must be >= 1");
    }
    aggregation = aggregation == null ? Aggregation.LATEST : aggregation;
  }
}
