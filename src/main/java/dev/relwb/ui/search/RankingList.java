package dev.relwb.ui.search;

/// The lists of the search view, in Tab order.
public enum RankingList {
  /// the BM25 ranking (left)
  BM25,
  /// the mono-XM ranking with the chosen adapter (right)
  RERANKED,
  /// the mono-XM ranking with the A/B adapter (far right, when A/B is on)
  COMPARE
}
