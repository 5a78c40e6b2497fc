package dev.relwb.cli;

import dev.relwb.service.Services;
import dev.relwb.service.WorkspaceInfo;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `relwb workspace list|create|delete`.
@Command(name = "workspace", description = "List, create or delete workspaces (corpus + index + judgments).",
    mixinStandardHelpOptions = true,
    subcommands = {WorkspaceCommand.ListCmd.class, WorkspaceCommand.CreateCmd.class, WorkspaceCommand.DeleteCmd.class})
public final class WorkspaceCommand {

  /// `relwb workspace list`.
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List workspaces with their document, passage, language and topic counts.")
  static final class ListCmd implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;

    ListCmd(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      List<WorkspaceInfo> all = services.workspaceService().list();
      var out = spec.commandLine().getOut();
      if (all.isEmpty()) {
        out.println("No workspaces yet: create one with `relwb workspace create NAME` or `relwb index`.");
      }
      for (WorkspaceInfo w : all) {
        out.println(String.format(Locale.ROOT, "%-20s %8d docs %9d passages %3d languages %6d topics  %s", w.name(),
            w.documents(), w.passages(), w.languages().size(), w.topics(), w.folder()));
      }
      out.flush();
      return 0;
    }
  }

  /// `relwb workspace create NAME`.
  @Command(name = "create", mixinStandardHelpOptions = true, description = "Create an empty workspace.")
  static final class CreateCmd implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "NAME", description = "Letters, digits, '.', '_' or '-'.") String name;

    CreateCmd(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      services.workspaceService().create(name);
      spec.commandLine().getOut().println("Created workspace " + name + " in "
          + services.workspaceService().paths(name).root());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /// `relwb workspace delete NAME`.
  @Command(name = "delete", mixinStandardHelpOptions = true,
      description = "Delete a workspace with its index and judgments.")
  static final class DeleteCmd implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "NAME") String name;

    DeleteCmd(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      services.workspaceService().delete(name);
      spec.commandLine().getOut().println("Deleted workspace " + name);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
