package dev.relwb.core;

/// Receives progress of a long job. Called on the job's thread; implementations that touch a UI
/// must hand over to the UI thread themselves.
@FunctionalInterface
public interface ProgressListener {
  /// A listener that ignores every report.
  ProgressListener NONE = p -> { };

  /// Called after each unit of work.
  void onProgress(Progress progress);
}
