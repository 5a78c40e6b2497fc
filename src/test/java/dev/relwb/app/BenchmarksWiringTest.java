package dev.relwb.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.cli.Cli;
import dev.relwb.core.AppDirs;
import dev.relwb.core.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/// The app finds the benchmarks through the ServiceLoader (no production class imports `bench`):
/// `relwb bench index` runs end to end on a small generated corpus.
class BenchmarksWiringTest {
  @TempDir Path home;

  @Test
  void benchIndexRunsThroughTheAppContext() throws Exception {
    AppDirs dirs = new AppDirs(home.resolve("data"), home.resolve("cache"), home.resolve("config"));
    CommandLine cl = Cli.commandLine(new AppContext(dirs));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("bench", "index", "--passages", "300", "--queries", "20", "--dir",
        home.resolve("bench").toString(), "--json");
    assertThat(code).as(err.toString()).isZero();
    JsonNode r = Json.mapper().readTree(out.toString());
    assertThat(r.get("passages").asInt()).isEqualTo(300);
    assertThat(r.get("queries").asInt()).isEqualTo(20);
    assertThat(r.get("p50Millis").asDouble()).isPositive();
  }
}
