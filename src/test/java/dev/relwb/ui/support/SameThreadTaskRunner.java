package dev.relwb.ui.support;

import dev.relwb.core.CancelToken;
import dev.relwb.core.CancelledException;
import dev.relwb.core.ProgressListener;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/// A runner for ViewModel tests: jobs run on the calling thread, so no FX toolkit is needed.
/// In `deferred()` mode jobs are queued until `runPending()`, which lets a test submit a second job
/// while the first is "still running". Failures are recorded in `failures()`.
public final class SameThreadTaskRunner implements TaskRunner {
  private final boolean deferred;
  private final Deque<Runnable> pending = new ArrayDeque<>();
  private final List<Throwable> failures = new ArrayList<>();
  private final List<JobHandle> handles = new ArrayList<>();

  private SameThreadTaskRunner(boolean deferred) {
    this.deferred = deferred;
  }

  /// Runs every job at once, inside `run`.
  public static SameThreadTaskRunner immediate() {
    return new SameThreadTaskRunner(false);
  }

  /// Queues jobs until `runPending()`.
  public static SameThreadTaskRunner deferred() {
    return new SameThreadTaskRunner(true);
  }

  @Override
  public <T> JobHandle run(JobHandle handle, Job<T> job, JobCallbacks<T> cb) {
    handles.add(handle);
    Runnable r = () -> execute(handle, job, cb);
    if (deferred) {
      pending.add(r);
    } else {
      r.run();
    }
    return handle;
  }

  @Override
  public <T> JobHandle runInOrder(String title, Job<T> job, JobCallbacks<T> cb) {
    return run(new JobHandle(title), job, cb);
  }

  /// Runs queued jobs (and the jobs they queue) until none is left; returns how many ran.
  public int runPending() {
    int n = 0;
    while (!pending.isEmpty()) {
      pending.removeFirst().run();
      n++;
    }
    return n;
  }

  /// Errors reported to failure callbacks so far.
  public List<Throwable> failures() {
    return failures;
  }

  /// Every handle handed out, in order.
  public List<JobHandle> handles() {
    return handles;
  }

  private <T> void execute(JobHandle handle, Job<T> job, JobCallbacks<T> cb) {
    T value;
    try {
      value = job.run(new Context(handle, cb));
    } catch (CancelledException e) {
      handle.markDone();
      return;
    } catch (RuntimeException e) {
      handle.markDone();
      if (!handle.isCancelled()) {
        failures.add(e);
        cb.onFailure().accept(e);
      }
      return;
    }
    handle.markDone();
    if (!handle.isCancelled()) {
      cb.onSuccess().accept(value);
    }
  }

  private record Context(JobHandle handle, JobCallbacks<?> cb) implements JobContext {
    @Override
    public CancelToken cancel() {
      return handle.token();
    }

    @Override
    public ProgressListener progress() {
      return p -> publish(() -> cb.onProgress().accept(p));
    }

    @Override
    public void publish(Runnable uiUpdate) {
      if (!handle.isCancelled()) {
        uiUpdate.run();
      }
    }
  }
}
