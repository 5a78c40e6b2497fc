package dev.relwb.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import dev.relwb.service.LoadBenchReport;
import dev.relwb.service.Services;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `relwb bench load`: writes a random xmod-base-shaped checkpoint, loads it with one language and
/// times loading and a language switch.
@Command(name = "load", mixinStandardHelpOptions = true,
    description = {"Write a random xmod-base-shaped checkpoint with N languages (once; reused afterwards),",
        "load it with one language, and report load seconds, RSS and the time to switch language.",
        "Run it twice for figures with a warm page cache and without the writing in the peak RSS."})
final class BenchLoadCommand implements Callable<Integer> {
  private final Services services;
  @Spec
  private CommandSpec spec;

  @Option(names = "--languages", paramLabel = "N", defaultValue = "81",
      description = "Adapter languages in the checkpoint (default ${DEFAULT-VALUE}: about 3.4 GB of disk).")
  private int languages;

  @Option(names = "--dir", paramLabel = "D", description = "Where to write it (default: the app cache).")
  private Path dir;

  @Mixin
  private JsonFiguresOption json;

  BenchLoadCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("bench load: preparing a random checkpoint with " + languages + " languages"
        + " (the first run writes it, about " + (1_050 + 28 * languages) + " MB)");
    err.flush();
    LoadBenchReport r = services.benchmarks().load(languages, dir);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "checkpoint       %s: %d languages, %.0f MiB%s%n", r.dir(), r.languages(),
        r.checkpointMb(), r.written() ? String.format(Locale.ROOT, " (written now in %.1f s)", r.writeS()) : " (reused)");
    out.printf(Locale.ROOT, "engine start     %.2f s%n", r.engineS());
    out.printf(Locale.ROOT, "load             %.2f s with one language, %.0f MiB materialized%n", r.loadS(),
        r.materializedMb());
    out.printf(Locale.ROOT, "RSS              %.0f MiB after loading, peak %.0f MiB%n", r.rssMb(), r.peakRssMb());
    out.printf(Locale.ROOT, "language switch  %.3f s (then a first one-pair forward: %.3f s)%n", r.switchS(),
        r.firstForwardS());
    if (json.enabled()) {
      try {
        out.println(Json.mapper().copy().setPropertyNamingStrategy(
            com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE).writeValueAsString(r));
      } catch (JsonProcessingException e) {
        throw new WorkbenchException("Cannot write the benchmark JSON: " + e.getMessage(), e);
      }
    }
    out.flush();
    return 0;
  }
}
