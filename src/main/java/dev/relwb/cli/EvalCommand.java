package dev.relwb.cli;

import dev.relwb.core.WorkbenchException;
import dev.relwb.service.EvalOutcome;
import dev.relwb.service.EvalRequest;
import dev.relwb.service.Services;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `relwb eval`: score one run, or compare several with a baseline (Holm–Bonferroni-corrected p-values
/// per metric and test), with `trec_eval`'s conventions.
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluate one run, or compare runs with a baseline, against qrels or a workspace's judgments"
        + " (trec_eval conventions; with 3+ runs also Holm-Bonferroni-corrected p-values).")
public final class EvalCommand implements Callable<Integer> {
  private final Services services;
  @Spec CommandSpec spec;

  @Option(names = "--qrels", paramLabel = "FILE", description = "TREC qrels file.") Path qrels;
  @Mixin JudgmentsWorkspaceOption workspace;
  @Option(names = "--run", required = true, paramLabel = "RUN",
      description = "TREC run file or saved run name; repeat to compare each run with the baseline.")
  List<String> runs;
  @Option(names = "--baseline", paramLabel = "RUN", description = "The run the others are compared with: a --run"
      + " value or a run's name (default: the first run).") String baseline;
  @Option(names = "--metrics", paramLabel = "LIST", description = "ir_measures names (default: ${DEFAULT-VALUE}).")
  String metrics = "nDCG@10,RR@10,R@100,AP,P@10,Judged@10";
  @Option(names = "--rel", paramLabel = "N", description = "Relevant means grade >= N for the binary metrics"
      + " (default: ${DEFAULT-VALUE}; nDCG uses the grades).") int rel = 1;
  @Option(names = "--average", paramLabel = "qrels|run", description = "Mean over every qrels topic (like trec_eval -c)"
      + " or over the run's topics (default: ${DEFAULT-VALUE}).") String average = "run";
  @ArgGroup(exclusive = true, multiplicity = "0..1") GradesOption grades;
  @Mixin JsonOption json;
  @Option(names = "--format", paramLabel = "F", description = "table, markdown, csv or json (default: table).")
  String format;
  @Option(names = "--per-topic", description = "Add per-topic rows to the table or Markdown.") boolean perTopic;

  EvalCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    if (qrels == null && workspace.name() == null) {
      throw new WorkbenchException("Give the judgments: --qrels FILE or --workspace W");
    }
    if (qrels != null && grades != null) {
      throw new WorkbenchException("--annotator and --aggregate pick a workspace's grades; with --qrels FILE drop them");
    }
    EvalOutcome out = services.evaluation().evaluate(
        new EvalRequest(qrels, workspace.name(), runs, metrics, rel, average, GradesOption.annotator(grades),
            GradesOption.aggregation(grades), baseline));
    PrintWriter err = spec.commandLine().getErr();
    out.warnings().forEach(w -> err.println("relwb: warning: " + w));
    err.flush();
    String f = json.enabled() ? "json" : format == null ? "table" : format;
    PrintWriter o = spec.commandLine().getOut();
    o.print(out.render(f, perTopic));
    if (f.equals("json")) {
      o.println();
    }
    o.flush();
    return 0;
  }
}
