package dev.relwb.app;

import dev.relwb.service.CpuSummary;
import dev.relwb.service.Services;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import javafx.application.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `relwb gui`: opens the JavaFX main window and returns when it is closed. With `--smoke-test`
/// it runs the first-run path (sample workspace, search, rerank), saves a screenshot and exits.
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the workbench window.")
final class GuiCommand implements Callable<Integer> {
  private final Services services;

  @Option(names = "--smoke-test", description = "Open the window, index the sample, search, rerank, save a "
      + "screenshot and exit (0 = success).")
  boolean smokeTest;

  @Option(names = "--model", paramLabel = "DIR", description = "Model folder or hub repo id to load at start.")
  String model;

  @Option(names = "--workspace", paramLabel = "W", description = "Open this workspace (default: the last one;"
      + " the smoke test searches it).")
  String workspace;

  @Option(names = "--query", paramLabel = "TEXT", description = "Query of the smoke test (default: ${DEFAULT-VALUE}).")
  String query = "tides and the moon";

  @Option(names = "--screenshot", paramLabel = "FILE", description = "PNG written by the smoke test "
      + "(default: smoke-test.png in the app data folder).")
  Path screenshot;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Smoke test time limit (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds = 300;

  GuiCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    WorkbenchApp.services = services;
    SmokeTest test = null;
    if (smokeTest) {
      Path shot = screenshot != null ? screenshot : services.dirs().data().resolve("smoke-test.png");
      test = new SmokeTest(model, query, shot.toAbsolutePath(), Duration.ofSeconds(timeoutSeconds));
    }
    WorkbenchApp.smokeTest = test;
    WorkbenchApp.initialModel = smokeTest ? null : model;
    WorkbenchApp.initialWorkspace = workspace;
    CpuSummary.current();                  // reads /proc/cpuinfo here, so the window's thread never does
    Application.launch(WorkbenchApp.class);
    return test == null ? 0 : test.exitCode();
  }
}
