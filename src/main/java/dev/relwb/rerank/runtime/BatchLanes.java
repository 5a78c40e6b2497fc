package dev.relwb.rerank.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/// Where a rerank job's model batches run. One lane: on the job's own thread, one batch after another.
/// More lanes: up to [#count()] batches at once, each on a lane thread with its own PyTorch intra-op
/// threads, while the job's thread hands out batches and delivers results (ADR 0009). Jobs themselves
/// stay serialized by the inference executor; lanes only split one job.
public interface BatchLanes {
  /// Runs every batch on the calling thread.
  BatchLanes CALLER = new BatchLanes() {
    @Override
    public int count() {
      return 1;
    }

    @Override
    public <T> CompletableFuture<T> submit(Supplier<T> work) {
      return CompletableFuture.completedFuture(work.get());
    }
  };

  /// How many batches may run at once.
  int count();

  /// Runs `work` on a free lane; the future completes with its result or its exception.
  <T> CompletableFuture<T> submit(Supplier<T> work);
}
