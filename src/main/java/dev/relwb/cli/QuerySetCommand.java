package dev.relwb.cli;

import dev.relwb.core.QueryId;
import dev.relwb.core.WorkbenchException;
import dev.relwb.judge.QuerySet;
import dev.relwb.judge.QuerySetItem;
import dev.relwb.service.QuerySets;
import dev.relwb.service.Services;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `relwb queryset list|create|rename|delete|show|add|remove|guidelines|import|export`: the query sets
/// (Quepid's cases) of a workspace, through the [QuerySets] service.
@Command(name = "queryset", mixinStandardHelpOptions = true,
    description = "Query sets of a workspace: named lists of queries with information needs, notes and judging"
        + " guidelines; import and export as TREC topics, BEIR queries.jsonl, Quepid CSV or plain text.",
    subcommands = {QuerySetCommand.ListCmd.class, QuerySetCommand.Create.class, QuerySetCommand.Rename.class,
        QuerySetCommand.Delete.class, QuerySetCommand.Show.class, QuerySetCommand.Add.class,
        QuerySetCommand.Remove.class, QuerySetCommand.Guidelines.class, QuerySetCommand.Import.class,
        QuerySetCommand.Export.class})
public final class QuerySetCommand {
  private QuerySetCommand() { }

  /// What every subcommand has: the services, its spec and `--workspace W`.
  abstract static class Sub implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    Sub(Services services) {
      this.services = services;
    }

    @Override
    public final Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      run(services.querySets(), workspace.name(), out);
      out.flush();
      return 0;
    }

    /// Does the work, printing to `out`.
    abstract void run(QuerySets sets, String ws, PrintWriter out);
  }

  /// `--format F` of `import` and `export`.
  static final class FormatOption {
    @Option(names = "--format", required = true, paramLabel = "F", description = "trec (topics: title = query,"
        + " desc = information need, narr = notes), beir (queries.jsonl), quepid (CSV query,information_need,notes)"
        + " or text (one query a line).")
    String name;
  }

  /// `relwb queryset list --workspace W`.
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the query sets with their sizes.")
  static final class ListCmd extends Sub {
    ListCmd(Services services) {
      super(services);
    }

    @Override
    void run(QuerySets sets, String ws, PrintWriter out) {
      List<QuerySet> all = sets.sets(ws);
      if (all.isEmpty()) {
        out.println("No query sets in workspace " + ws + ": make one with relwb queryset create or import");
      }
      for (QuerySet s : all) {
        boolean guided = s.guidelines() != null && !s.guidelines().isBlank();
        out.printf(Locale.ROOT, "%s\t%d queries\t%s\tcreated %s%n", s.name(), s.size(),
            guided ? "guidelines" : "no guidelines", s.created());
      }
    }
  }

  /// `relwb queryset create --workspace W NAME`.
  @Command(name = "create", mixinStandardHelpOptions = true, description = "Make an empty query set.")
  static final class Create extends Sub {
    @Parameters(paramLabel = "NAME") String name;

    Create(Services services) {
      super(services);
    }

    @Override
    void run(QuerySets sets, String ws, PrintWriter out) {
      sets.create(ws, name);
      out.println("Created query set " + name.strip() + " in " + ws);
    }
  }

  /// `relwb queryset rename --workspace W FROM TO`.
  @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a query set.")
  static final class Rename extends Sub {
    @Parameters(index = "0", paramLabel = "FROM") String from;
    @Parameters(index = "1", paramLabel = "TO") String to;

    Rename(Services services) {
      super(services);
    }

    @Override
    void run(QuerySets sets, String ws, PrintWriter out) {
      sets.rename(ws, from, to);
      out.println("Renamed query set " + from + " to " + to.strip());
    }
  }

  /// `relwb queryset delete --workspace W NAME`.
  @Command(name = "delete", mixinStandardHelpOptions = true,
      description = "Delete a query set (its topics and judgments stay).")
  static final class Delete extends Sub {
    @Parameters(paramLabel = "NAME") String name;

    Delete(Services services) {
      super(services);
    }

    @Override
    void run(QuerySets sets, String ws, PrintWriter out) {
      sets.delete(ws, name);
      out.println("Deleted query set " + name + " from " + ws);
    }
  }

  /// `relwb queryset show --workspace W SET [--k 10] [--template NAME]`.
  @Command(name = "show", mixinStandardHelpOptions = true, description = "List the queries of a set with their"
      + " ids, information needs, notes and the judged (graded) share of each one's first-stage top k.")
  static final class Show extends Sub {
    @Parameters(paramLabel = "SET") String set;
    @Option(names = "--k", defaultValue = "10", description = "Depth of the judged share. Default: ${DEFAULT-VALUE}.")
    int k;
    @Mixin TemplateOption template;

    Show(Services services) {
      super(services);
    }

    @Override
    void run(QuerySets sets, String ws, PrintWriter out) {
      List<QuerySetItem> items = sets.items(ws, set);
      Map<QueryId, Double> shares = Map.of();
      try {
        shares = items.isEmpty() ? Map.of() : sets.judgedShares(ws, set, k, template.name());
      } catch (WorkbenchException e) {
        spec.commandLine().getErr().println("note: no judged shares: " + e.getMessage());
      }
      out.printf(Locale.ROOT, "Query set %s: %d queries%s%n", set, items.size(),
          shares.isEmpty() ? "" : "; judged share of each one's top " + k);
      for (QuerySetItem i : items) {
        Double share = shares.get(i.topic().id());
        String judged = share == null ? "" : String.format(Locale.ROOT, "  [judged %d%%]", Math.round(share * 100));
        out.printf(Locale.ROOT, "%3d. %s%s  %s%n", i.position(), i.topic().id().value(), judged, i.topic().text());
        printField(out, "information need", i.infoNeed());
        printField(out, "notes", i.notes());
      }
    }

    private static void printField(PrintWriter out, String label, String value) {
      if (value != null && !value.isBlank()) {
        out.println("       " + label + ": " + value.strip().replace("\n", "\n         "));
      }
    }
  }

  /// `relwb queryset add --workspace W SET TEXT… [--info-need T] [--notes T] [--lang CODE|auto]`.
  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a query to a set (its topic found by"
      + " its text or made as the Search tab does), or update the information need and notes of one it holds.")
  static final class Add extends Sub {
    @Parameters(index = "0", paramLabel = "SET") String set;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT", description = "The query text.") List<String> text;
    @Option(names = "--info-need", paramLabel = "T", description = "What the person searching wants.") String infoNeed;
    @Option(names = "--notes", paramLabel = "T", description = "Notes for the judges.") String notes;
    @Mixin QueryLanguageOption lang;

    Add(Services services) {
      super(services);
    }

    @Override
    void run(QuerySets sets, String ws, PrintWriter out) {
      QuerySetItem i = sets.addQuery(ws, set, String.join(" ", text), lang.code(), infoNeed, notes);
      out.println("Query " + i.position() + " of " + set + ": " + i.topic().id().value() + "  " + i.topic().text());
    }
  }

  /// `relwb queryset remove --workspace W SET QUERY…`.
  @Command(name = "remove", mixinStandardHelpOptions = true,
      description = "Remove queries from a set (their topics and judgments stay).")
  static final class Remove extends Sub {
    @Parameters(index = "0", paramLabel = "SET") String set;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "QUERY",
        description = "A query's topic id, or its text (quoted).") List<String> queries;

    Remove(Services services) {
      super(services);
    }

    @Override
    void run(QuerySets sets, String ws, PrintWriter out) {
      List<QuerySetItem> items = sets.items(ws, set);
      for (String q : queries) {
        QuerySetItem i = items.stream().filter(it -> it.topic().id().value().equals(q)).findFirst()
            .or(() -> items.stream().filter(it -> it.topic().text().strip().equalsIgnoreCase(q.strip())).findFirst())
            .orElseThrow(() -> new WorkbenchException("The query set '" + set + "' has no query '" + q + "': give a"
                + " topic id or query text that relwb queryset show lists"));
        sets.removeQuery(ws, set, i.topic().id());
        out.println("Removed " + i.topic().id().value() + " from " + set);
      }
    }
  }

  /// `relwb queryset guidelines --workspace W SET [--file F | --text T]`.
  @Command(name = "guidelines", mixinStandardHelpOptions = true,
      description = "Print a set's Markdown judging guidelines, or replace them with --file or --text.")
  static final class Guidelines extends Sub {
    @Parameters(paramLabel = "SET") String set;
    @ArgGroup(exclusive = true) Source source;

    /// `--file F` or `--text T`.
    static final class Source {
      @Option(names = "--file", paramLabel = "F", description = "A Markdown file holding the guidelines.") Path file;
      @Option(names = "--text", paramLabel = "T", description = "The guidelines (Markdown).") String text;
    }

    Guidelines(Services services) {
      super(services);
    }

    @Override
    void run(QuerySets sets, String ws, PrintWriter out) {
      if (source == null) {
        QuerySet s = sets.sets(ws).stream().filter(q -> q.name().equals(set)).findFirst().orElseThrow(() ->
            new WorkbenchException("There is no query set '" + set + "' in workspace " + ws + ": relwb queryset list"
                + " shows them"));
        String g = s.guidelines() == null ? "" : s.guidelines();
        out.print(g.isEmpty() || g.endsWith("\n") ? g : g + "\n");
        return;
      }
      String markdown = source.text != null ? source.text : read(source.file);
      sets.setGuidelines(ws, set, markdown);
      out.println("Saved the guidelines of " + set + " (" + markdown.lines().count() + " lines)");
    }

    private static String read(Path file) {
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new WorkbenchException("Cannot read the guidelines file " + file + " (" + e.getMessage() + "): check"
            + " the path and that it is UTF-8", e);
      }
    }
  }

  /// `relwb queryset import --workspace W SET --format F FILE`.
  @Command(name = "import", mixinStandardHelpOptions = true, description = "Add the queries of a file to a set"
      + " (made if needed); TREC and BEIR queries keep their ids, others are found or made by their text.")
  static final class Import extends Sub {
    @Parameters(index = "0", paramLabel = "SET") String set;
    @Mixin FormatOption format;
    @Parameters(index = "1", paramLabel = "FILE") Path file;

    Import(Services services) {
      super(services);
    }

    @Override
    void run(QuerySets sets, String ws, PrintWriter out) {
      int n = sets.importFile(ws, set, format.name, file);
      out.println("Imported " + n + " queries from " + file + " into " + set);
    }
  }

  /// `relwb queryset export --workspace W SET --format F FILE`.
  @Command(name = "export", mixinStandardHelpOptions = true, description = "Write a set's queries to a file.")
  static final class Export extends Sub {
    @Parameters(index = "0", paramLabel = "SET") String set;
    @Mixin FormatOption format;
    @Parameters(index = "1", paramLabel = "FILE") Path file;

    Export(Services services) {
      super(services);
    }

    @Override
    void run(QuerySets sets, String ws, PrintWriter out) {
      int n = sets.exportFile(ws, set, format.name, file);
      out.println("Wrote " + n + " queries of " + set + " to " + file);
    }
  }
}
