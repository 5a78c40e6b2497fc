package dev.relwb.app;

import dev.relwb.service.Services;
import dev.relwb.ui.ErrorDialogs;
import dev.relwb.ui.MainView;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/// The JavaFX application: shows the main window over the services built by `AppContext`.
public final class WorkbenchApp extends Application {
  /// Set by the launcher before `Application.launch`; JavaFX instantiates this class itself.
  static volatile Services services;

  @Override
  public void start(Stage stage) {
    ErrorDialogs.install();
    MainView view = new MainView(services);
    stage.setTitle("Relevance Workbench");
    stage.setScene(new Scene(view.root(), 1280, 800));
    stage.show();
  }
}
