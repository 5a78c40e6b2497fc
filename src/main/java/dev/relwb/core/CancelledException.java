package dev.relwb.core;

/// Thrown by a job that stopped because its `CancelToken` was cancelled. Not an error to report.
public final class CancelledException extends WorkbenchException {
  private static final long serialVersionUID = 1L;

  /// A cancellation notice naming what was stopped.
  public CancelledException(String what) {
    super(what + " was cancelled");
  }
}
