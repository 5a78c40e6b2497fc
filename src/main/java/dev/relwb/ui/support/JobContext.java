package dev.relwb.ui.support;

import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;

/// What a running job gets from the runner: its cancel token, a progress listener that forwards to
/// the UI, and `publish` to run a UI update on the UI thread (dropped once the job is cancelled).
public interface JobContext {
  /// The job's cancel token.
  CancelToken cancel();

  /// Reports progress to the job's progress callback on the UI thread.
  ProgressListener progress();

  /// Runs `uiUpdate` on the UI thread unless the job has been cancelled by then.
  void publish(Runnable uiUpdate);
}
