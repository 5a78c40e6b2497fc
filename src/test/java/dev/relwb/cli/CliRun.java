package dev.relwb.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.app.AppContext;
import dev.relwb.core.AppDirs;
import dev.relwb.core.Json;
import dev.relwb.service.Services;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/// One `relwb` command run in-process, as the CLI tests run it: its exit code, stdout and stderr.
record CliRun(int code, String out, String err) {
  /// Runs `relwb args…` over `services`.
  static CliRun of(Services services, String... args) {
    CommandLine cl = Cli.commandLine(services);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /// Runs `relwb args…` over a new app context on the folders under `home`, as a new process would.
  static CliRun fresh(Path home, String... args) {
    return of(context(home), args);
  }

  /// The app context of the data, cache and config folders under `home`.
  static AppContext context(Path home) {
    return new AppContext(new AppDirs(home.resolve("data"), home.resolve("cache"), home.resolve("config")));
  }

  /// Stdout as JSON.
  JsonNode json() throws IOException {
    return Json.mapper().readTree(out);
  }
}
