package dev.relwb.service;

/// Live metrics of one ranking for the current query: nDCG@10, RR@10 (trec_eval conventions) and
/// the share of the top 10 that has no grade yet.
public record QueryMetrics(double ndcg10, double rr10, double unjudgedShare) {
  /// Metrics of an empty ranking.
  public static final QueryMetrics EMPTY = new QueryMetrics(0, 0, 1);
}
