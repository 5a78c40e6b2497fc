package dev.relwb.app;

import dev.relwb.service.Services;
import java.util.concurrent.Callable;
import javafx.application.Application;
import picocli.CommandLine.Command;

/// `relwb gui`: opens the JavaFX main window and returns when it is closed.
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the workbench window.")
final class GuiCommand implements Callable<Integer> {
  private final Services services;

  GuiCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    WorkbenchApp.services = services;
    Application.launch(WorkbenchApp.class);
    return 0;
  }
}
