package dev.relwb.ui.search;

/// The lists of the search view, in Tab order (left to right), and the judging queue shown instead of them.
public enum RankingList {
  /// the first-stage ranking of the "vs" query template (cluster workspaces; left of the first stage, when on)
  VS_TEMPLATE,
  /// the first-stage ranking: BM25, or the chosen query template of a cluster
  BM25,
  /// the mono-XM ranking with the chosen adapter (right)
  RERANKED,
  /// the mono-XM ranking with the A/B adapter (far right, when A/B is on)
  COMPARE,
  /// the second reranker column (its own model; when one is chosen)
  RERANKER_2,
  /// the third reranker column (its own model; when one is chosen)
  RERANKER_3,
  /// the pooled judging queue (in place of the other lists, while it is shown)
  QUEUE
}
