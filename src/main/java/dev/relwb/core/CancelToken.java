package dev.relwb.core;

import java.util.concurrent.atomic.AtomicBoolean;

/// A cooperative cancellation flag, checked by long jobs between units of work
/// (a batch, a file, a topic). Thread-safe; cancelling twice is harmless.
public final class CancelToken {
  private final AtomicBoolean cancelled = new AtomicBoolean();

  /// A token that is never cancelled, for callers that do not need cancellation.
  public static CancelToken none() {
    return new CancelToken();
  }

  /// Asks the job holding this token to stop at its next check.
  public void cancel() {
    cancelled.set(true);
  }

  /// Whether `cancel()` has been called.
  public boolean isCancelled() {
    return cancelled.get();
  }

  /// Throws `CancelledException` naming `what` if this token was cancelled.
  public void throwIfCancelled(String what) {
    if (cancelled.get()) {
      throw new CancelledException(what);
    }
  }
}
