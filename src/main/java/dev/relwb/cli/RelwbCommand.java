package dev.relwb.cli;

import dev.relwb.service.BuildInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/// The root `relwb` command. With no subcommand the launcher opens the GUI.
@Command(name = "relwb", mixinStandardHelpOptions = true, versionProvider = RelwbCommand.Version.class,
    description = "Relevance Workbench: BM25 search, mono-XM reranking, judging and evaluation.",
    subcommands = {picocli.CommandLine.HelpCommand.class, WorkspaceCommand.class, IndexCommand.class,
        SearchCommand.class, RunCommand.class, ModelCommand.class, ScoreCommand.class, JudgeCommand.class,
        EvalCommand.class, PoolCommand.class, RunsCommand.class, TemplateCommand.class, SnapshotCommand.class,
        QuerySetCommand.class, BenchCommand.class})
public final class RelwbCommand {
  @Option(names = "--verbose", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of errors and debug logging.")
  boolean verbose;

  /// Whether `--verbose` was given anywhere on the command line.
  public boolean verbose() {
    return verbose;
  }

  /// Prints `relwb <version>`.
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"relwb " + BuildInfo.version(),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
  }
}
