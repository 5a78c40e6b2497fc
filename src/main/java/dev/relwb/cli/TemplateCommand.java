package dev.relwb.cli;

import dev.relwb.cluster.QueryTemplate;
import dev.relwb.core.WorkbenchException;
import dev.relwb.service.Services;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `relwb template list|set|delete`: the named query templates of a workspace connected to a cluster.
@Command(name = "template", mixinStandardHelpOptions = true,
    description = "Query templates of a cluster workspace: an OpenSearch query DSL body or Solr parameters with a"
        + " {{query}} placeholder (filled with JSON or URL escaping).",
    subcommands = {TemplateCommand.ListCmd.class, TemplateCommand.SetCmd.class, TemplateCommand.DeleteCmd.class})
public final class TemplateCommand {

  /// `relwb template list --workspace W`.
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the templates (the default first)"
      + " with their hashes and bodies.")
  static final class ListCmd implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    ListCmd(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      List<QueryTemplate> ts = services.clusterService().templates(workspace.name());
      if (ts.isEmpty()) {
        throw new WorkbenchException("Workspace '" + workspace.name() + "' searches its local index: it has no query"
            + " templates");
      }
      var out = spec.commandLine().getOut();
      for (QueryTemplate t : ts) {
        out.println(t.name() + "  " + t.hash() + (t == ts.getFirst() ? "  (default)" : ""));
        t.body().lines().forEach(l -> out.println("    " + l));
      }
      out.flush();
      return 0;
    }
  }

  /// `relwb template set --workspace W NAME (--body TEXT | --file F)`.
  @Command(name = "set", mixinStandardHelpOptions = true, description = "Add a template, or replace the one of"
      + " that name.")
  static final class SetCmd implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;
    @Parameters(paramLabel = "NAME") String name;
    @ArgGroup(exclusive = true, multiplicity = "1") Body body;

    /// `--body TEXT` or `--file F`.
    static final class Body {
      @Option(names = "--body", paramLabel = "TEXT", description = "The template text.") String text;
      @Option(names = "--file", paramLabel = "F", description = "A file holding the template text.") Path file;
    }

    SetCmd(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      String text = body.text;
      if (text == null) {
        try {
          text = Files.readString(body.file, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new WorkbenchException("Cannot read the template file " + body.file + ": " + e.getMessage(), e);
        }
      }
      QueryTemplate t = new QueryTemplate(name, text);
      services.clusterService().saveTemplate(workspace.name(), t);
      spec.commandLine().getOut().println("Saved template " + name + " (" + t.hash() + ") in " + workspace.name());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /// `relwb template delete --workspace W NAME`.
  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Remove a template (not the last).")
  static final class DeleteCmd implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;
    @Parameters(paramLabel = "NAME") String name;

    DeleteCmd(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      services.clusterService().deleteTemplate(workspace.name(), name);
      spec.commandLine().getOut().println("Deleted template " + name + " from " + workspace.name());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
