package dev.relwb.core;

/// The one unchecked exception family of the app.
///
/// The message is short and says what the user can do (it names the file or input at fault);
/// the cause, when there is one, is always kept for the log. Subclasses exist only where a caller
/// needs to tell failures apart.
public class WorkbenchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /// An error with a user-facing message and no underlying cause.
  public WorkbenchException(String message) {
    super(message);
  }

  /// An error with a user-facing message that wraps the low-level cause.
  public WorkbenchException(String message, Throwable cause) {
    super(message, cause);
  }
}
