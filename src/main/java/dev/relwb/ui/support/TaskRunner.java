package dev.relwb.ui.support;

/// Runs jobs off the UI thread and delivers their outcome on it. ViewModels receive a runner and
/// call every blocking service method inside a `Job` given to it (checked by an ArchUnit rule).
public interface TaskRunner {
  /// Starts `job` under `handle` (created by the caller, so it can be stored before the job runs).
  <T> JobHandle run(JobHandle handle, Job<T> job, JobCallbacks<T> callbacks);

  /// Starts `job` after every job submitted before it with `runInOrder` (e.g. saving judgments).
  <T> JobHandle runInOrder(String title, Job<T> job, JobCallbacks<T> callbacks);

  /// Starts `job` concurrently with other jobs under a new handle.
  default <T> JobHandle run(String title, Job<T> job, JobCallbacks<T> callbacks) {
    return run(new JobHandle(title), job, callbacks);
  }
}
