package dev.relwb.ui.support;

import dev.relwb.core.WorkbenchException;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Shows errors as short dialogs; the details go to the log.
public final class ErrorDialogs {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorDialogs.class);

  private ErrorDialogs() { }

  /// Installs the GUI's default uncaught-exception handler: log the stack trace, show a short message.
  public static void install() {
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
      LOG.error("Uncaught exception in thread {}", t.getName(), e);
      show(e);
    });
  }

  /// Shows a short, user-facing message for `e` on the FX thread.
  public static void show(Throwable e) {
    String msg = e instanceof WorkbenchException ? e.getMessage()
        : "Something went wrong: " + e.getClass().getSimpleName() + ". Details are in the log.";
    Runnable r = () -> {
      Alert alert = new Alert(Alert.AlertType.ERROR, msg);
      alert.setHeaderText(null);
      alert.setTitle("Relevance Workbench");
      alert.show();
    };
    if (Platform.isFxApplicationThread()) {
      r.run();
    } else {
      Platform.runLater(r);
    }
  }
}
