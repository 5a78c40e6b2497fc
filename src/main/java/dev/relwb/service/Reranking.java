package dev.relwb.service;

import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/// The cross-encoder as the window uses it: the loaded model, loading one, and streamed reranking.
/// Implemented by [RerankService]; a port so ViewModel tests can stand in.
public interface Reranking {
  /// The loaded model, if any (cheap: no loading). Without one the app runs BM25-only.
  Optional<RerankerInfo> model();

  /// This machine's CPU and its vector units (cheap: read when the service starts).
  CpuSummary cpu();

  /// Loads (or switches to) the model at `location` (a folder, `org/name` or `org/name@revision`,
  /// downloaded into the Hugging Face cache when missing) with `options`.
  @Blocking
  RerankerInfo load(String location, RuntimeOptions options, ProgressListener progress, CancelToken cancel);

  /// Scores the request's passages, handing each finished batch to `onBatch` (on the inference thread)
  /// as it completes, and waits for the whole job.
  @Blocking
  RerankSummary rerank(RerankRequest request, Consumer<List<RerankedPassage>> onBatch, ProgressListener progress,
      CancelToken cancel);

  /// The model at `location` (a folder or hub repo id), loaded on first use and kept beside the others
  /// while the memory budget allows; null means the loaded (default) model. A model that cannot be loaded
  /// is a `WorkbenchException` that says why.
  @Blocking
  default RerankerInfo describe(String location, CancelToken cancel) {
    return describe(location, ProgressListener.NONE, cancel);
  }

  /// As [#describe(String, CancelToken)], reporting a download from the hub (on the calling thread, never on
  /// the inference thread) to `progress`.
  @Blocking
  default RerankerInfo describe(String location, ProgressListener progress, CancelToken cancel) {
    if (location == null || location.isBlank()) {
      return model().orElseThrow(() -> new WorkbenchException(
          "No reranking model is loaded: choose a model folder (or download mono-XM) first"));
    }
    throw new WorkbenchException("This reranker holds only one model: load " + location
        + " in Model & settings");
  }

  /// Sets how many bytes of weights the models kept beside the loaded one may take together (the least
  /// recently used are unloaded beyond it).
  default void memoryBudget(long bytes) {
  }
}
