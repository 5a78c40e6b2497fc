package dev.relwb.service;

import dev.relwb.core.WorkbenchException;

/// How to rank topics in a batch run.
///
/// @param language  query language for BM25: a code, `auto` (detect per topic), or null (each topic's
///                  own language when known, else the workspace's default)
/// @param k         documents per topic
/// @param k1        BM25 k1, or null for the workspace's
/// @param b         BM25 b, or null for the workspace's
/// @param depth     how many top documents the loaded cross-encoder rescores (0 = BM25 only)
/// @param adapter   the cross-encoder's adapter language (null or `auto` = each query's analyzer language)
/// @param template  in a workspace connected to a cluster, the query template (null = its default)
/// @param perDocument MaxP: at most this many passages of each reranked document are scored (≤ 0 = the
///                  default, [MaxPInput#DEFAULT_PER_DOCUMENT]); the document scores as its best passage
public record RunSpec(String language, int k, Double k1, Double b, int depth, String adapter, String template,
    int perDocument) {
  /// Rejects k outside 1–10,000 and a negative depth.
  public RunSpec {
    if (k < 1 || k > 10_000) {
      throw new WorkbenchException("k must be between 1 and 10000, not " + k);
    }
    if (depth < 0) {
      throw new WorkbenchException("The rerank depth cannot be negative, not " + depth);
    }
    perDocument = perDocument <= 0 ? MaxPInput.DEFAULT_PER_DOCUMENT : perDocument;
  }

  /// A spec over the local index or the default template, with the default MaxP passages per document.
  public static RunSpec of(String language, int k, Double k1, Double b, int depth, String adapter) {
    return new RunSpec(language, k, k1, b, depth, adapter, null, 0);
  }

  /// Whether the head is reranked.
  public boolean reranks() {
    return depth > 0;
  }
}
