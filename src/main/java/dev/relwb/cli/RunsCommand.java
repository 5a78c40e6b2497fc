package dev.relwb.cli;

import dev.relwb.service.Services;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `relwb runs import|export`: move runs between TREC files (with `<file>.json` metadata) and a workspace.
@Command(name = "runs", mixinStandardHelpOptions = true, description = "Save TREC runs in a workspace, or export them.",
    subcommands = {RunsCommand.Import.class, RunsCommand.Export.class})
public final class RunsCommand {
  /// `relwb runs import --workspace W [--name N] FILE`.
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Save a TREC run file (and its FILE.json metadata, if any) in the workspace.")
  static final class Import implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;
    @Option(names = "--name", description = "Name of the saved run (default: the file name without extension).")
    String name;
    @Parameters(paramLabel = "FILE") Path file;

    Import(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      int topics = services.evaluation().importRun(workspace.name(), file, name);
      spec.commandLine().getOut().printf("Saved %s with %d topics in workspace %s%n", file, topics, workspace.name());
      return 0;
    }
  }

  /// `relwb runs export --workspace W --name N FILE`.
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write a saved run as a TREC run (scores strictly decreasing as shown) plus FILE.json metadata.")
  static final class Export implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;
    @Option(names = "--name", required = true, description = "The saved run.") String name;
    @Parameters(paramLabel = "FILE") Path file;

    Export(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      int topics = services.evaluation().exportRun(workspace.name(), name, file);
      spec.commandLine().getOut().printf("Wrote %d topics to %s and %s.json%n", topics, file, file.getFileName());
      return 0;
    }
  }
}
