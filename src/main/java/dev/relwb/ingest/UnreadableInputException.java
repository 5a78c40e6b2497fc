package dev.relwb.ingest;

import dev.relwb.core.WorkbenchException;

/// A single input (file, entry) that cannot be turned into text; the ingest skips it and records
/// the message as the skip reason.
public final class UnreadableInputException extends WorkbenchException {
  private static final long serialVersionUID = 1L;

  /// A reason without an underlying cause.
  public UnreadableInputException(String reason) {
    super(reason);
  }

  /// A reason that keeps the low-level cause.
  public UnreadableInputException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
