package dev.relwb.ui.support;

import dev.relwb.core.WorkbenchException;

/// Turns errors into the short messages the window shows; the details go to the log elsewhere.
public final class UiMessages {
  private UiMessages() { }

  /// The message of a `WorkbenchException`, or a generic sentence naming the error type.
  public static String shortMessage(Throwable e) {
    Throwable t = e;
    while (!(t instanceof WorkbenchException) && t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    if (t instanceof WorkbenchException && t.getMessage() != null) {
      return t.getMessage();
    }
    return "Something went wrong (" + e.getClass().getSimpleName() + "). Details are in the log.";
  }
}
