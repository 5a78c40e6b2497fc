package dev.relwb.ui.support;

import dev.relwb.core.CancelToken;

/// A submitted job: lets its owner cancel it. Once cancelled, none of its callbacks or published
/// updates reach the UI any more.
public final class JobHandle {
  private final String title;
  private final CancelToken token = new CancelToken();
  private volatile boolean done;

  /// A handle for a job called `title`.
  public JobHandle(String title) {
    this.title = title;
  }

  /// The job's title (for status lines and logs).
  public String title() {
    return title;
  }

  /// The job's cancel token.
  public CancelToken token() {
    return token;
  }

  /// Asks the job to stop; its results will be ignored.
  public void cancel() {
    token.cancel();
  }

  /// Whether `cancel()` was called.
  public boolean isCancelled() {
    return token.isCancelled();
  }

  /// Whether the job has finished (succeeded, failed or stopped).
  public boolean isDone() {
    return done;
  }

  /// Marks the job finished (called by runners).
  public void markDone() {
    done = true;
  }
}
