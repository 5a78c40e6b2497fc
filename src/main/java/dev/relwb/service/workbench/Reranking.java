package dev.relwb.service.workbench;

import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import java.util.List;
import java.util.function.Consumer;

/// The cross-encoder as the window uses it: its status, loading it, and streamed reranking.
public interface Reranking {
  /// The current model status (cheap: no loading).
  ModelStatus status();

  /// Loads (or switches to) the model at `location` (a folder or a hub repo id) with `options`.
  @dev.relwb.service.Blocking
  ModelStatus load(String location, RuntimeOptions options, ProgressListener progress, CancelToken cancel);

  /// Scores the first `depth` hits against `query` with the adapter `language` (`auto` = detect),
  /// handing each finished batch to `onBatch` as it completes.
  @dev.relwb.service.Blocking
  void rerank(String query, String language, List<Hit> hits, int depth, Consumer<RerankBatch> onBatch,
      ProgressListener progress, CancelToken cancel);
}
