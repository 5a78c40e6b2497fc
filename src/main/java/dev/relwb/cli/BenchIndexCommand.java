package dev.relwb.cli;

import dev.relwb.core.Json;
import dev.relwb.core.CancelToken;
import dev.relwb.service.IndexBenchReport;
import dev.relwb.service.Services;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `relwb bench index [--passages N] [--queries N] [--dir D] [--json]`.
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Index a generated corpus and time queries: MB/s, query p50/p99 latency.")
final class BenchIndexCommand implements Callable<Integer> {
  private final Services services;
  @Spec CommandSpec spec;
  @Option(names = "--passages", defaultValue = "100000", description = "Passages to generate. Default: ${DEFAULT-VALUE}.")
  int passages;
  @Option(names = "--queries", defaultValue = "1000", description = "Timed queries. Default: ${DEFAULT-VALUE}.")
  int queries;
  @Option(names = "--dir", description = "Keep the index in this folder (default: a temp folder, deleted).")
  Path dir;
  @Mixin JsonOption json;

  BenchIndexCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    IndexBenchReport r;
    try (ProgressPrinter p = new ProgressPrinter(spec.commandLine().getErr())) {
      r = services.benchmarks().index(passages, queries, dir, p, CancelToken.none());
    }
    var out = spec.commandLine().getOut();
    if (json.enabled()) {
      out.println(Json.mapper().writeValueAsString(r));
    } else {
      out.println(String.format(Locale.ROOT, "indexed %d passages, %.1f MB in %.1f s: %.2f MB/s "
          + "(%.1f CPU s: %.2f MB per CPU second)", r.passages(), r.megabytes(), r.indexSeconds(),
          r.megabytesPerSecond(), r.indexCpuSeconds(), r.megabytes() / Math.max(1e-9, r.indexCpuSeconds())));
      out.println(String.format(Locale.ROOT, "%d queries (top 10 documents with snippets): p50 %.2f ms, "
          + "p99 %.2f ms, mean %.2f ms; CPU per query p50 %.2f ms, p99 %.2f ms", r.queries(), r.p50Millis(),
          r.p99Millis(), r.meanMillis(), r.cpuP50Millis(), r.cpuP99Millis()));
      out.println(String.format(Locale.ROOT, "machine: %d cores, load average %.1f", r.cores(), r.loadAverage()));
    }
    out.flush();
    return 0;
  }
}
