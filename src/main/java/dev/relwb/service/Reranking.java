package dev.relwb.service;

import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
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
}
