package dev.relwb.ui.support;

import dev.relwb.core.CancelToken;
import dev.relwb.core.CancelledException;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The one adapter from jobs to `javafx.concurrent.Task`: each job runs on a daemon worker thread
/// and every callback and published update runs on the FX thread. Callbacks of a cancelled job are
/// dropped, so a stale search never overwrites a newer one.
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
  private final ExecutorService pool = Executors.newCachedThreadPool(daemons("relwb-job"));
  private final ExecutorService serial = Executors.newSingleThreadExecutor(daemons("relwb-serial"));

  @Override
  public <T> JobHandle run(JobHandle handle, Job<T> job, JobCallbacks<T> callbacks) {
    return submit(pool, handle, job, callbacks);
  }

  @Override
  public <T> JobHandle runInOrder(String title, Job<T> job, JobCallbacks<T> callbacks) {
    return submit(serial, new JobHandle(title), job, callbacks);
  }

  private <T> JobHandle submit(ExecutorService executor, JobHandle handle, Job<T> job, JobCallbacks<T> cb) {
    String title = handle.title();
    Task<T> task = new Task<>() {
      @Override
      protected T call() {
        return job.run(new FxContext(handle, cb));
      }
    };
    task.setOnSucceeded(e -> {
      handle.markDone();
      if (!handle.isCancelled()) {
        cb.onSuccess().accept(task.getValue());
      }
    });
    task.setOnFailed(e -> {
      handle.markDone();
      Throwable error = task.getException();
      if (error instanceof CancelledException || handle.isCancelled()) {
        LOG.debug("Job '{}' stopped: {}", title, error.getMessage());
        return;
      }
      LOG.error("Job '{}' failed", title, error);
      cb.onFailure().accept(error);
    });
    executor.execute(task);
    return handle;
  }

  /// Stops the worker threads (jobs in flight are interrupted).
  @Override
  public void close() {
    pool.shutdownNow();
    serial.shutdownNow();
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private record FxContext(JobHandle handle, JobCallbacks<?> cb) implements JobContext {
    @Override
    public CancelToken cancel() {
      return handle.token();
    }

    @Override
    public ProgressListener progress() {
      return (Progress p) -> publish(() -> cb.onProgress().accept(p));
    }

    @Override
    public void publish(Runnable uiUpdate) {
      Platform.runLater(() -> {
        if (!handle.isCancelled()) {
          uiUpdate.run();
        }
      });
    }
  }
}
