package dev.relwb.service;

import dev.relwb.core.CancelToken;
import java.util.List;

/// The extension point through which `SearchService.run` reranks the head of each BM25 ranking.
/// The rerank service implements it (the cross-encoder work is built separately); the run then
/// puts the reranked top D above the BM25 tail with strictly decreasing scores
/// (`search.RunScores.mergeRerankedHead`).
public interface RunReranker {
  /// One candidate: document id and the passage text to score.
  record Candidate(String docId, String text) { }

  /// Scores of `candidates` for `query` in `language`, one per candidate, in the same order.
  double[] score(String query, String language, List<Candidate> candidates, CancelToken cancel);

  /// Opens a reranker for a model (a folder or hub id); called once per run.
  @FunctionalInterface
  interface Factory {
    /// The reranker for `model`; fails with a `WorkbenchException` when it cannot be loaded.
    RunReranker open(String model);
  }
}
