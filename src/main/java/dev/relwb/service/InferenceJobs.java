package dev.relwb.service;

import dev.relwb.core.CancelToken;
import dev.relwb.rerank.runtime.InferenceExecutor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/// Jobs of the inference thread as the service hands them out: waited for with a caller's cancel token, or
/// returned as a [RerankJob].
final class InferenceJobs {
  private InferenceJobs() { }

  /// Waits for `h`, cancelling it when `cancel` is; rethrows its failure.
  static <T> T await(InferenceExecutor.Handle<T> h, CancelToken cancel) {
    while (!h.future().isDone()) {
      if (cancel.isCancelled()) {
        h.cancel();
      }
      try {
        h.future().get(50, TimeUnit.MILLISECONDS);
      } catch (TimeoutException | ExecutionException e) {
        // not done yet, or failed: the loop ends and join() rethrows
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        h.cancel();
      }
    }
    return h.join();
  }

  /// `h` as a rerank job.
  static RerankJob job(InferenceExecutor.Handle<RerankSummary> h) {
    return new RerankJob() {
      @Override
      public void cancel() {
        h.cancel();
      }

      @Override
      public boolean isCancelled() {
        return h.isCancelled();
      }

      @Override
      public CompletableFuture<RerankSummary> future() {
        return h.future();
      }

      @Override
      public RerankSummary join() {
        return h.join();
      }
    };
  }
}
