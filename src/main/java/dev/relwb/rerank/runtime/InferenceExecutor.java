package dev.relwb.rerank.runtime;

import dev.relwb.core.CancelToken;
import dev.relwb.core.CancelledException;
import dev.relwb.core.WorkbenchException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/// The one thread that owns inference. Models are loaded, used and closed only here, and jobs run
/// one at a time. Within a job, model batches may run on the executor's *batch lanes* (threads it
/// owns, see [#batchLanes]; ADR 0009) while the job's thread hands them out and delivers results.
///
/// Any thread may submit; jobs queue and run one after the other. A job submitted on a *lane*
/// (e.g. `"rerank"`) cancels the job still queued or running on that lane: a new query makes the old
/// rerank stop at its next batch boundary. A failed or cancelled job never harms the executor.
public final class InferenceExecutor implements AutoCloseable {
  /// Work to run on the inference thread; it checks the token between units of work.
  @FunctionalInterface
  public interface Work<T> {
    /// Runs the job.
    T run(CancelToken cancel);
  }

  private final String name;
  private final ThreadPoolExecutor pool;
  private LaneThreads batchLanes;
  private final AtomicReference<Thread> owner = new AtomicReference<>();
  private final Map<String, Handle<?>> lanes = new HashMap<>();

  /// An executor whose thread is called `name` (a daemon: it never keeps the JVM alive).
  public InferenceExecutor(String name) {
    this.name = name;
    pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
        Thread.ofPlatform().name(name).daemon().factory());
  }

  /// A submitted job: its cancel token and its result.
  public static final class Handle<T> {
    private final CancelToken token = new CancelToken();
    private final CompletableFuture<T> result = new CompletableFuture<>();

    /// Asks the job to stop at its next check (or not to start at all).
    public void cancel() {
      token.cancel();
    }

    /// Whether cancel was asked.
    public boolean isCancelled() {
      return token.isCancelled();
    }

    /// The result as a future (completes exceptionally with `CancelledException` when cancelled).
    public CompletableFuture<T> future() {
      return result;
    }

    /// Waits for the result; rethrows the job's `WorkbenchException` (or `CancelledException`).
    public T join() {
      try {
        return result.join();
      } catch (java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new WorkbenchException("The inference job failed: " + e.getCause(), e.getCause());
      }
    }
  }

  /// Queues a job with no lane (it cancels nothing).
  public <T> Handle<T> submit(Work<T> work) {
    return submit(null, work);
  }

  /// Queues a job; if `lane` is not null, the previous job of that lane is cancelled first.
  public <T> Handle<T> submit(String lane, Work<T> work) {
    Handle<T> handle = new Handle<>();
    if (lane != null) {
      synchronized (lanes) {
        Handle<?> previous = lanes.put(lane, handle);
        if (previous != null) {
          previous.cancel();
        }
      }
    }
    try {
      pool.execute(() -> runJob(lane, handle, work));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      handle.result.completeExceptionally(new WorkbenchException("The inference thread has been shut down", e));
    }
    return handle;
  }

  /// Runs `work` on the inference thread and waits for it (runs it directly if already there).
  public <T> T call(Work<T> work) {
    if (Thread.currentThread() == owner.get()) {
      return work.run(CancelToken.none());
    }
    return submit(work).join();
  }

  /// Batch lanes for jobs on this executor (not the job lanes of [#submit]): `plan.lanes()` daemon
  /// threads, each running its batches with `plan.threadsPerLane()` PyTorch threads. One lane means the job's own thread. The threads are made
  /// again only when the plan changes; they are stopped with the executor.
  public synchronized BatchLanes batchLanes(DeviceSelector.ThreadPlan plan) {
    if (plan.lanes() <= 1) {
      return BatchLanes.CALLER;
    }
    if (batchLanes == null || !batchLanes.plan().equals(plan)) {
      if (batchLanes != null) {
        batchLanes.pool().shutdown();
      }
      batchLanes = new LaneThreads(plan, name);
    }
    return batchLanes;
  }

  /// The batch-lane threads of one plan.
  private record LaneThreads(DeviceSelector.ThreadPlan plan, ExecutorService pool) implements BatchLanes {
    LaneThreads(DeviceSelector.ThreadPlan plan, String name) {
      this(plan, Executors.newFixedThreadPool(plan.lanes(),
          Thread.ofPlatform().name(name + "-lane-", 1).daemon().factory()));
    }

    @Override
    public int count() {
      return plan.lanes();
    }

    @Override
    public <T> CompletableFuture<T> submit(Supplier<T> work) {
      return CompletableFuture.supplyAsync(() -> {
        DeviceSelector.applyThreadsHere(plan.threadsPerLane());
        return work.get();
      }, pool);
    }
  }

  /// Whether the calling thread is the inference thread.
  public boolean isInferenceThread() {
    return Thread.currentThread() == owner.get();
  }

  private <T> void runJob(String lane, Handle<T> handle, Work<T> work) {
    owner.set(Thread.currentThread());
    try {
      if (handle.token.isCancelled()) {
        throw new CancelledException(lane == null ? "The job" : "The " + lane + " job");
      }
      handle.result.complete(work.run(handle.token));
    } catch (RuntimeException e) {
      handle.result.completeExceptionally(e);
    } catch (Error e) {
      handle.result.completeExceptionally(e);
      throw e;
    } finally {
      if (lane != null) {
        synchronized (lanes) {
          lanes.remove(lane, handle);
        }
      }
    }
  }

  /// Cancels every queued and running job and stops the thread (waits up to 30 s for the running job).
  @Override
  public void close() {
    synchronized (lanes) {
      lanes.values().forEach(Handle::cancel);
    }
    pool.shutdown();
    synchronized (this) {
      if (batchLanes != null) {
        batchLanes.pool().shutdown();
      }
    }
    try {
      if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
    }
  }
}
