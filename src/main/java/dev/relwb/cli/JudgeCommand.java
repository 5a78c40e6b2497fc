package dev.relwb.cli;

import dev.relwb.core.WorkbenchException;
import dev.relwb.core.CancelToken;
import dev.relwb.service.JudgmentService;
import dev.relwb.service.Services;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `relwb judge import|export|set|agreement`: judgments of a workspace.
@Command(name = "judge", mixinStandardHelpOptions = true, description = "Record, import and export relevance judgments.",
    subcommands = {JudgeCommand.Import.class, JudgeCommand.Export.class, JudgeCommand.Set.class,
        JudgeCommand.AgreementCmd.class})
public final class JudgeCommand {
  /// `relwb judge import --workspace W [--topics TOPICS] [--format trec|beir|quepid FILE]`.
  @Command(name = "import", mixinStandardHelpOptions = true, description = "Import a judgment file (and/or a topics"
      + " file) into the workspace.")
  static final class Import implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;
    @Mixin JudgmentFormatOption format;
    @Option(names = "--annotator", description = "Whose judgments these are (default: qrels:<file name>).")
    String annotator;
    @Option(names = "--topics", paramLabel = "TOPICS", description = "Also store these topics with their text"
        + " (BEIR queries.jsonl, TREC topics or qid<TAB>text lines).")
    Path topics;
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The judgment file to read.") Path file;

    Import(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      if (topics != null) {
        int n = services.judgments().importTopics(workspace.name(), topics);
        spec.commandLine().getOut().printf("Stored %d topics from %s%n", n, topics);
      }
      if (file == null) {
        if (topics == null) {
          throw new WorkbenchException("Give a judgment FILE to import, or --topics TOPICS");
        }
        spec.commandLine().getOut().flush();
        return 0;
      }
      String who = annotator != null ? annotator : "qrels:" + file.getFileName();
      JudgmentService.ImportSummary s = services.judgments().importFile(workspace.name(), format.name(), file, who,
          new ProgressPrinter(spec.commandLine().getErr()), CancelToken.none());
      spec.commandLine().getOut().printf("Imported %s: %d rows, %d topics, %d judgments recorded as '%s'"
          + " (%d unchanged)%n", file, s.rows(), s.topics(), s.recorded(), who, s.rows() - s.recorded());
      return 0;
    }
  }

  /// `relwb judge export --workspace W --format trec|beir|quepid [--annotator A | --aggregate RULE] FILE`.
  @Command(name = "export", mixinStandardHelpOptions = true, description = "Export the current grades to a file.")
  static final class Export implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;
    @Mixin JudgmentFormatOption format;
    @ArgGroup(exclusive = true, multiplicity = "0..1") GradesOption grades;
    @Parameters(paramLabel = "FILE", description = "The file to write.") Path file;

    Export(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      int n = services.judgments().exportFile(workspace.name(), format.name(), file, GradesOption.annotator(grades),
          GradesOption.aggregation(grades));
      spec.commandLine().getOut().printf("Wrote %d judgments to %s%n", n, file);
      return 0;
    }
  }

  /// `relwb judge set --workspace W --topic Q --doc D --grade G [--annotator A]`.
  @Command(name = "set", mixinStandardHelpOptions = true, description = "Record one judgment.")
  static final class Set implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;
    @Option(names = "--topic", required = true, paramLabel = "Q") String topic;
    @Option(names = "--doc", required = true, paramLabel = "D") String doc;
    @Option(names = "--grade", required = true, paramLabel = "G", description = "0-3, skip or unrateable.") String grade;
    @Option(names = "--annotator", paramLabel = "A", description = "Who judges (default: your user name).")
    String annotator = System.getProperty("user.name", "me");
    @Option(names = "--note", description = "A free-text note.") String note;

    Set(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      long id = services.judgments().set(workspace.name(), topic, doc, grade, annotator, note);
      spec.commandLine().getOut().printf("Saved judgment %d: topic %s, doc %s, %s by %s%n", id, topic, doc, grade, annotator);
      return 0;
    }
  }

  /// `relwb judge agreement --workspace W [--json]`.
  @Command(name = "agreement", mixinStandardHelpOptions = true,
      description = "Inter-annotator agreement: quadratic-weighted Cohen's kappa per pair, Fleiss' kappa, disagreements.")
  static final class AgreementCmd implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;
    @Mixin JsonOption json;

    AgreementCmd(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      spec.commandLine().getOut().print(services.judgments().agreementReport(workspace.name(), json.enabled()));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
