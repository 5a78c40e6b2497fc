package dev.relwb.cli;

import dev.relwb.core.WorkbenchException;
import dev.relwb.service.Services;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `relwb bench load`: writes a random xmod-base-shaped checkpoint, loads it with one language and
/// times loading and a language switch.
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Write a random xmod-base-shaped checkpoint with N languages, load it with one language,"
        + " and report load seconds, RSS and the time to switch language.")
final class BenchLoadCommand implements Callable<Integer> {
  private final Services services;

  @Option(names = "--languages", paramLabel = "N", defaultValue = "81",
      description = "Adapter languages in the checkpoint (default ${DEFAULT-VALUE}; 81 takes about 3.4 GB).")
  private int languages;

  @Option(names = "--dir", paramLabel = "D", description = "Where to write it (default: the app cache).")
  private Path dir;

  @Option(names = "--json", description = "End with one JSON line holding every figure.")
  private boolean json;

  BenchLoadCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    throw new WorkbenchException("bench load needs the X-MOD checkpoint writer and loader, which this build lacks");
  }
}
