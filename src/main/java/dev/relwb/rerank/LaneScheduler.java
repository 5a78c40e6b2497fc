package dev.relwb.rerank;

import dev.relwb.core.CancelToken;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.runtime.BatchLanes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/// Runs the planned batches of one job on its [BatchLanes] (ADR 0009) and hands each finished batch
/// back on the job's own thread.
///
/// The first batch runs alone on the job's thread with all its PyTorch threads, so the first scores
/// come as fast as they can. The others are handed out in plan order, at most one per lane at a
/// time, and handed back in the order they finish. Once the token is cancelled, or once a batch or
/// a delivery has failed, no batch starts any more, the running ones finish, nothing more is handed
/// back, and the first failure (else `CancelledException`) is thrown. With one lane every batch runs
/// on the job's thread and is delivered before the next one starts.
///
/// It measures the lanes' idle time: lanes × the wall time of the run minus the batches' run times
/// (the first batch, which runs alone, counts for every lane); zero with one lane.
final class LaneScheduler {
  private final BatchLanes lanes;

  /// A scheduler over `lanes`.
  LaneScheduler(BatchLanes lanes) {
    this.lanes = lanes;
  }

  /// How many batches run at once.
  int laneCount() {
    return lanes.count();
  }

  /// Runs `work` on every batch of `plan` (on the lanes; it must not return null) and passes each
  /// result to `deliver` on the calling thread. Returns the lanes' idle time. Throws the first
  /// failure of a batch or of `deliver`, or `CancelledException` naming `task` when cancelled.
  <B, R> Duration run(List<B> plan, Function<B, R> work, Consumer<R> deliver, CancelToken cancel, String task) {
    Run<B, R> run = new Run<>(plan, work, cancel);
    long start = System.nanoTime();
    while (run.handOut()) {
      R result = run.awaitNext();
      if (result != null && run.goesOn()) {                          // else drain, deliver nothing more
        run.deliver(deliver, result);
      }
    }
    long idle = lanes.count() > 1 ? Math.max(0, lanes.count() * (System.nanoTime() - start) - run.busyNanos) : 0;
    if (run.failure != null) {
      throw run.failure;
    }
    cancel.throwIfCancelled(task);
    return Duration.ofNanos(idle);
  }

  /// A result and the lane time it took: its run time, times the lane count when it ran alone.
  private record Timed<R>(R result, long laneNanos) { }

  /// The state of one run: batches handed out and running, the first failure, the lane time used.
  private final class Run<B, R> {
    private final List<B> plan;
    private final Function<B, R> work;
    private final CancelToken cancel;
    private final ArrayDeque<CompletableFuture<Timed<R>>> inFlight = new ArrayDeque<>();
    private final BlockingQueue<CompletableFuture<Timed<R>>> finished = new LinkedBlockingQueue<>();
    private int next;
    private long busyNanos;
    private RuntimeException failure;

    Run(List<B> plan, Function<B, R> work, CancelToken cancel) {
      this.plan = plan;
      this.work = work;
      this.cancel = cancel;
    }

    /// Hands out batches while a lane is free and the job goes on; false once nothing runs any more.
    boolean handOut() {
      while (goesOn() && next < plan.size() && inFlight.size() < lanes.count()) {
        B batch = plan.get(next++);
        boolean alone = next == 1;
        BatchLanes via = alone ? BatchLanes.CALLER : lanes;
        int weight = alone ? lanes.count() : 1;
        CompletableFuture<Timed<R>> f = via.submit(() -> {
          long t0 = System.nanoTime();
          R result = work.apply(batch);
          return new Timed<>(result, (System.nanoTime() - t0) * weight);
        });
        inFlight.add(f);
        f.whenComplete((r, e) -> finished.add(f));
      }
      return !inFlight.isEmpty();
    }

    /// Whether the job goes on: nothing has failed and nobody has cancelled.
    boolean goesOn() {
      return failure == null && !cancel.isCancelled();
    }

    /// Waits for the next batch to finish; its result, or null when it failed.
    R awaitNext() {
      CompletableFuture<Timed<R>> f = take();
      inFlight.remove(f);
      try {
        Timed<R> t = f.join();
        busyNanos += t.laneNanos();
        return t.result();
      } catch (CompletionException e) {
        fail(e.getCause() instanceof RuntimeException re ? re
            : new WorkbenchException("A rerank batch failed: " + e.getCause(), e.getCause()));
        return null;                                                 // let the other lanes finish
      }
    }

    /// Delivers one result; a failure stops the run like a failed batch.
    void deliver(Consumer<R> deliver, R result) {
      try {
        deliver.accept(result);
      } catch (RuntimeException e) {
        fail(e);
      }
    }

    private void fail(RuntimeException e) {
      if (failure == null) {
        failure = e;
      }
    }

    private CompletableFuture<Timed<R>> take() {
      try {
        return finished.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new WorkbenchException("Interrupted while waiting for a rerank batch", e);
      }
    }
  }
}
