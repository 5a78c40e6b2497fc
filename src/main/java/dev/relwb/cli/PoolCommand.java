package dev.relwb.cli;

import dev.relwb.service.Services;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `relwb pool`: the unjudged documents in the union of the runs' top k, what to judge next.
@Command(name = "pool", mixinStandardHelpOptions = true,
    description = "List the unjudged documents in the union of the runs' top k (TSV: topic, doc, best rank, ranks).")
public final class PoolCommand implements Callable<Integer> {
  private final Services services;
  @Spec CommandSpec spec;

  @Mixin WorkspaceOption workspace;
  @Option(names = "--run", required = true, paramLabel = "RUN", description = "TREC run file or saved run name"
      + " (give it for each run).") List<String> runs;
  @Option(names = "--k", paramLabel = "K", description = "Pool depth per run (default: ${DEFAULT-VALUE}).") int k = 10;
  @Option(names = "--annotator", description = "Count only this annotator's judgments as judged.") String annotator;

  PoolCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(services.evaluation().pool(workspace.name(), runs, k, annotator));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
