package dev.relwb.rerank;

import java.util.List;

/// Receives the scores of a job batch by batch, as soon as each batch is done. Called on the
/// inference thread: implementations that touch a UI hand over to the UI thread themselves and
/// return quickly.
@FunctionalInterface
public interface RerankListener {
  /// A listener that ignores every batch.
  RerankListener NONE = batch -> { };

  /// One finished batch; each result carries its original index. Cache hits come first as one batch.
  void onBatch(List<ScoredPair> batch);
}
