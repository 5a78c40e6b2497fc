package dev.relwb.service.workbench;

/// What to evaluate: a workspace's topics and judgments, BM25 against BM25+mono-XM reranked to
/// `depth` with the adapter `language` (`auto` = per topic), over the top `k` of each run.
public record EvalRequest(String workspace, String topicSet, String language, int depth, int k) {
  /// Rejects a non-positive depth or k.
  public EvalRequest {
    if (depth < 1 || k < 1) {
      throw new IllegalArgumentException("depth and k must be >= 1");
    }
  }
}
