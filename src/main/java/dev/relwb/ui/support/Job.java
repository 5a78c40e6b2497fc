package dev.relwb.ui.support;

/// A piece of background work that returns a value. It runs off the UI thread, checks
/// `context.cancel()` between units of work, and hands UI updates to `context.publish`.
@FunctionalInterface
public interface Job<T> {
  /// Does the work.
  T run(JobContext context);
}
