package dev.relwb.cli;

import dev.relwb.eval.PoolSpec;
import dev.relwb.service.Services;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `relwb pool`: the unjudged documents in the union of the runs' top k, what to judge next, by best rank
/// or in a seeded random order; the same pool as the window's judging queue.
@Command(name = "pool", mixinStandardHelpOptions = true,
    description = "List the unjudged documents in the union of the runs' top k (TSV: topic, doc, best rank, ranks;"
        + " with --all also the judged ones, after the unjudged, marked in a fifth column).")
public final class PoolCommand implements Callable<Integer> {
  private final Services services;
  @Spec CommandSpec spec;

  @Mixin WorkspaceOption workspace;
  @Option(names = "--run", required = true, paramLabel = "RUN", description = "TREC run file or saved run name"
      + " (give it for each run).") List<String> runs;
  @Option(names = "--k", paramLabel = "K", description = "Pool depth per run (default: ${DEFAULT-VALUE}).") int k = 10;
  @Option(names = "--annotator", description = "Count only this annotator's judgments as judged.") String annotator;
  @Option(names = "--order", paramLabel = "rank|random", description = "Order within a topic: best rank first, or"
      + " shuffled by --seed against position bias (default: ${DEFAULT-VALUE}).") String order = "rank";
  @Option(names = "--seed", paramLabel = "N", description = "Seed of --order random (default: ${DEFAULT-VALUE}).")
  long seed = 1;
  @Option(names = "--all", description = "Also list the judged documents (after the unjudged ones, marked).")
  boolean all;

  PoolCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(services.evaluation().pool(workspace.name(), runs,
        new PoolSpec(k, PoolSpec.Order.parse(order), seed, all), annotator));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
