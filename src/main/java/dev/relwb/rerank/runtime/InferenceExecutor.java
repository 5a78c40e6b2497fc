package dev.relwb.rerank.runtime;

import dev.relwb.core.CancelToken;
import dev.relwb.core.CancelledException;
import dev.relwb.core.WorkbenchException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/// The one thread that owns inference. Models are loaded, used and closed only here, so no model
/// code needs to be thread-safe, and PyTorch's intra-op threads serve one job at a time.
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

  private final ThreadPoolExecutor pool;
  private final AtomicReference<Thread> owner = new AtomicReference<>();
  private final Map<String, Handle<?>> lanes = new HashMap<>();

  /// An executor whose thread is called `name` (a daemon: it never keeps the JVM alive).
  public InferenceExecutor(String name) {
    pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
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
