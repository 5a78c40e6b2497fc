package dev.relwb.service;

import java.util.concurrent.CompletableFuture;

/// A rerank job running in the background: cancel it, or wait for its summary.
public interface RerankJob {
  /// Stops the job at its next batch boundary (its future then fails with `CancelledException`).
  void cancel();

  /// Whether cancel was asked.
  boolean isCancelled();

  /// The summary, when the job is done.
  CompletableFuture<RerankSummary> future();

  /// Waits for the summary; rethrows the job's `WorkbenchException` or `CancelledException`.
  RerankSummary join();
}
