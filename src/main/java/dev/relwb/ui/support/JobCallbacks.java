package dev.relwb.ui.support;

import dev.relwb.core.Progress;
import java.util.function.Consumer;

/// What the UI does with a job's outcome; every callback runs on the UI thread. A cancelled job
/// calls none of them.
public record JobCallbacks<T>(Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure,
    Consumer<? super Progress> onProgress) {
  /// Callbacks with no progress display.
  public static <T> JobCallbacks<T> of(Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
    return new JobCallbacks<>(onSuccess, onFailure, p -> { });
  }

  /// A copy that also shows progress.
  public JobCallbacks<T> withProgress(Consumer<? super Progress> progress) {
    return new JobCallbacks<>(onSuccess, onFailure, progress);
  }
}
