package dev.relwb.cli;

import dev.relwb.core.Json;
import dev.relwb.service.SearchBenchReport;
import dev.relwb.service.SearchBenchRequest;
import dev.relwb.service.Services;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `relwb bench search --workspace W [--template NAME] [--topics F] [--k 10] [--warmup 20] [--repeat 1] [--json]`.
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Time a workspace's first stage (local index or cluster) on its topics: p50/p99 latency, queries/s.")
final class BenchSearchCommand implements Callable<Integer> {
  private final Services services;
  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspace;
  @Mixin TemplateOption template;
  @Option(names = "--topics", paramLabel = "FILE", description = "Topics to search (default: the workspace's).")
  Path topics;
  @Option(names = "--k", defaultValue = "10", description = "Documents per query. Default: ${DEFAULT-VALUE}.")
  int k;
  @Option(names = "--warmup", defaultValue = "20", description = "Untimed queries first. Default: ${DEFAULT-VALUE}.")
  int warmup;
  @Option(names = "--repeat", defaultValue = "1", description = "Passes over the topics. Default: ${DEFAULT-VALUE}.")
  int repeat;
  @Mixin JsonOption json;

  BenchSearchCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    SearchBenchReport r;
    try (ProgressPrinter p = new ProgressPrinter(spec.commandLine().getErr());
        InterruptCancel interrupt = new InterruptCancel()) {
      r = services.benchmarks().search(new SearchBenchRequest(workspace.name(), template.name(), topics, k, warmup,
          repeat), services.searchService(), services.judgments(), p, interrupt.token());
    }
    var out = spec.commandLine().getOut();
    if (json.enabled()) {
      out.println(Json.mapper().writeValueAsString(r));
    } else {
      out.println("first stage: " + r.firstStage());
      out.println(String.format(Locale.ROOT, "%d queries (top %d documents with snippets, one at a time): p50 %.2f ms,"
          + " p99 %.2f ms, mean %.2f ms, max %.2f ms; %.1f queries/s", r.queries(), r.k(), r.p50Millis(),
          r.p99Millis(), r.meanMillis(), r.maxMillis(), r.perSecond()));
      out.println("machine: " + r.cores() + " cores");
    }
    out.flush();
    return 0;
  }
}
