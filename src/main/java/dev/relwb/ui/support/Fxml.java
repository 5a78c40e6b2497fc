package dev.relwb.ui.support;

import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;

/// Loads a view's FXML (a resource next to the view class) with the view as its controller.
public final class Fxml {
  private Fxml() { }

  /// Loads `name` from `owner`'s package with `controller`; returns the root node.
  public static <T> T load(Class<?> owner, String name, Object controller) {
    URL url = owner.getResource(name);
    if (url == null) {
      throw new WorkbenchException("The layout " + name + " is missing from the application; reinstall it");
    }
    FXMLLoader loader = new FXMLLoader(url);
    loader.setController(controller);
    try {
      return loader.load();
    } catch (IOException e) {
      throw new WorkbenchException("Cannot load the layout " + name + ": " + e.getMessage(), e);
    }
  }
}
