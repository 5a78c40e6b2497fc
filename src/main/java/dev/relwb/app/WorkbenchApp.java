package dev.relwb.app;

import dev.relwb.core.WorkbenchException;
import dev.relwb.service.Services;
import dev.relwb.service.WorkbenchPorts;
import dev.relwb.ui.MainView;
import dev.relwb.ui.MainViewModel;
import dev.relwb.ui.WindowLayout;
import dev.relwb.ui.support.ErrorDialogs;
import dev.relwb.ui.support.FxTaskRunner;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/// The JavaFX application: shows the main window over the services built by `AppContext`.
public final class WorkbenchApp extends Application {
  /// Set by the launcher before `Application.launch`; JavaFX instantiates this class itself.
  static volatile Services services;
  /// Set by `gui --smoke-test`: what to do once the window is up (null for a normal start).
  static volatile SmokeTest smokeTest;
  /// Set by `gui --model`: a model to load at start instead of the remembered one.
  static volatile String initialModel;
  /// Set by `gui --workspace`: the workspace to open instead of the last one.
  static volatile String initialWorkspace;
  private FxTaskRunner runner;

  @Override
  public void start(Stage stage) {
    ErrorDialogs.install();
    runner = new FxTaskRunner();
    WorkbenchPorts ports;
    try {
      ports = WorkbenchPorts.of(services);
    } catch (WorkbenchException e) {
      LoggerFactory.getLogger(WorkbenchApp.class).error("Services unavailable; the window opens without them", e);
      ErrorDialogs.show(e);
      ports = WorkbenchPorts.unavailable(services);
    }
    MainViewModel vm = new MainViewModel(ports, runner);
    MainView view = new MainView(vm, ports.settings().file());
    stage.setTitle("Relevance Workbench");
    stage.setScene(new Scene(view.root(), 1280, 820));
    WindowLayout.restore(stage, view, vm.settings());
    stage.show();
    if (smokeTest != null) {
      smokeTest.run(stage, view, vm, initialWorkspace);
    } else {
      if (initialModel != null && !initialModel.isBlank()) {
        vm.settings().modelLocation().set(initialModel);
      }
      vm.start(initialWorkspace);
    }
  }

  @Override
  public void stop() {
    if (runner != null) {
      runner.close();
    }
    Platform.exit();
  }
}
