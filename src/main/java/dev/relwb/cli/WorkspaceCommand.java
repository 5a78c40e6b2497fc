package dev.relwb.cli;

import dev.relwb.cluster.ClusterConfig;
import dev.relwb.cluster.ClusterStatus;
import dev.relwb.core.WorkbenchException;
import dev.relwb.service.Services;
import dev.relwb.service.WorkspaceInfo;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `relwb workspace list|create|test|delete`.
@Command(name = "workspace", description = "List, create or delete workspaces (corpus + index + judgments).",
    mixinStandardHelpOptions = true,
    subcommands = {WorkspaceCommand.ListCmd.class, WorkspaceCommand.CreateCmd.class, WorkspaceCommand.TestCmd.class,
        WorkspaceCommand.DeleteCmd.class})
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
        if (w.settings().hasCluster()) {
          out.println(String.format(Locale.ROOT, "%-20s %s, %d topics, templates: %s", w.name(),
              w.settings().cluster().where(), w.topics(), String.join(", ",
              w.settings().cluster().templates().stream().map(t -> t.name()).toList())));
          continue;
        }
        out.println(String.format(Locale.ROOT, "%-20s %8d docs %9d passages %3d languages %6d topics  %s", w.name(),
            w.documents(), w.passages(), w.languages().size(), w.topics(), w.folder()));
      }
      out.flush();
      return 0;
    }
  }

  /// `relwb workspace create NAME [--opensearch URL --index I | --solr URL --collection C …]`.
  @Command(name = "create", mixinStandardHelpOptions = true, description = "Create an empty workspace over a local"
      + " index, or one connected to a search cluster (--opensearch/--solr; the connection is tested first).")
  static final class CreateCmd implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "NAME", description = "Letters, digits, '.', '_' or '-'.") String name;
    @Mixin ClusterOptions cluster;

    CreateCmd(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      var out = spec.commandLine().getOut();
      if (cluster.given()) {
        ClusterConfig config = cluster.config();
        services.clusterService().connect(name, config, null);
        out.println("Created workspace " + name + " over " + config.where() + " in "
            + services.workspaceService().paths(name).root());
      } else {
        services.workspaceService().create(name);
        out.println("Created workspace " + name + " in " + services.workspaceService().paths(name).root());
      }
      out.flush();
      return 0;
    }
  }

  /// `relwb workspace test NAME`.
  @Command(name = "test", mixinStandardHelpOptions = true, description = "Test the cluster connection of a"
      + " workspace: version, documents, fields, and problems with the configured field names.")
  static final class TestCmd implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "NAME") String name;

    TestCmd(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      ClusterConfig config = services.clusterService().config(name).orElseThrow(() -> new WorkbenchException(
          "Workspace '" + name + "' searches its local index: there is no cluster connection to test"));
      ClusterStatus st = services.clusterService().test(config, null);
      var out = spec.commandLine().getOut();
      out.println(config.where() + ": version " + st.version() + ", " + st.documents() + " documents");
      for (ClusterStatus.FieldInfo f : st.fields()) {
        out.println(String.format(Locale.ROOT, "  %-30s %-16s %s%s", f.name(), f.type(), f.text() ? "text" : "",
            f.stored() ? "" : " (not returned with hits)"));
      }
      st.problems().forEach(p -> spec.commandLine().getErr().println("problem: " + p));
      out.println(st.ok() ? "OK: the configured fields are usable" : "NOT USABLE: fix the fields above");
      out.flush();
      return st.ok() ? 0 : 1;
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
