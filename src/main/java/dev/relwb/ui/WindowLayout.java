package dev.relwb.ui;

import dev.relwb.service.Settings;
import dev.relwb.ui.settings.SettingsViewModel;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/// Remembers the window's position, size and divider in the settings: restores them when the
/// window opens (if they still fit on a screen) and saves them when it closes.
public final class WindowLayout {
  private WindowLayout() { }

  /// Restores the remembered layout on `stage` and saves it again on close.
  public static void restore(Stage stage, MainView view, SettingsViewModel settings) {
    Settings.Window w = settings.settings().window();
    SplitPane split = view.searchView().verticalSplit();
    if (w.width() > 200 && w.height() > 200 && fitsOnScreen(w)) {
      stage.setX(w.x());
      stage.setY(w.y());
      stage.setWidth(w.width());
      stage.setHeight(w.height());
      stage.setMaximized(w.maximized());
    }
    if (w.documentDivider() > 0.1 && w.documentDivider() < 0.95) {
      split.setDividerPositions(w.documentDivider());
    }
    stage.setOnHiding(e -> settings.update(s -> s.withWindow(new Settings.Window(stage.getX(), stage.getY(),
        stage.getWidth(), stage.getHeight(), stage.isMaximized(), 0.5,
        split.getDividerPositions().length == 0 ? 0.62 : split.getDividerPositions()[0]))));
  }

  private static boolean fitsOnScreen(Settings.Window w) {
    return !Screen.getScreensForRectangle(new Rectangle2D(w.x(), w.y(), w.width(), w.height())).isEmpty();
  }
}
