package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.bench.BenchmarkRunner;
import dev.relwb.core.AppDirs;
import dev.relwb.core.Json;
import dev.relwb.hub.FakeHub;
import dev.relwb.hub.HubSettings;
import dev.relwb.rerank.FakeCrossEncoderModel;
import dev.relwb.service.ModelHubService;
import dev.relwb.service.Services;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/// The command plumbing of `relwb bench rerank` on the bundled workload, with a stand-in model.
class BenchRerankCommandTest {
  @TempDir
  Path home;

  @Test
  void printsTheFiguresAndEndsWithOneJsonLine() throws Exception {
    Path modelDir = Files.createDirectories(home.resolve("model"));
    Files.writeString(modelDir.resolve("config.json"),
        "{\"hidden_size\": 768, \"num_hidden_layers\": 12, \"intermediate_size\": 3072, \"adapter_reduction_factor\": 2}");
    AppDirs dirs = new AppDirs(home.resolve("d"), home.resolve("c"), home.resolve("f"));
    ModelHubService offline = new ModelHubService(HubSettings.fromEnvironment(Map.of("HF_HUB_OFFLINE", "1",
        "HF_HUB_CACHE", home.resolve("hf").toString()), home), "relwb-test");
    Services services = new StubServices(dirs, new BenchmarkRunner(dirs, offline,
        (dir, device, id) -> FakeCrossEncoderModel.loaded(new FakeCrossEncoderModel(), null)));
    CommandLine cl = Cli.commandLine(services);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int status = cl.execute("bench", "rerank", "--model", modelDir.toString(), "--threads", "1", "--json");
    assertThat(status).as(err.toString()).isZero();
    String[] lines = out.toString().strip().split("\n");
    JsonNode json = Json.mapper().readTree(lines[lines.length - 1]);
    assertThat(json.get("pairs").asInt()).isEqualTo(100);
    assertThat(json.get("real_tokens").asLong()).isEqualTo(23_973);
    assertThat(json.get("padded_tokens").asLong()).isBetween(23_973L, 23_973L * 11 / 10);
    assertThat(json.get("pairs_per_s").asDouble()).isPositive();
    assertThat(json.get("real_tokens_per_s").asDouble()).isPositive();
    assertThat(json.get("first_batch_s").asDouble()).isPositive();
    assertThat(json.get("rss_mb").asDouble()).isPositive();
    assertThat(json.get("threads").asInt()).isEqualTo(1);
    assertThat(out.toString()).contains("pairs/s", "padded tokens", "GFLOP/s", "first batch", "peak RSS");
    assertThat(json.get("warmup_pairs_per_s").asDouble()).isPositive();
    assertThat(json.get("lane_idle_s").asDouble()).isZero();                  // one thread: one lane
    assertThat(out.toString()).contains("warm-up pass");
    assertThat(err.toString()).contains("Warm-up pass: 100/100", "Reranking: 100/100");
  }

  @Test
  void aHubRepoIdIsDownloadedIntoTheHubCacheAndTimed() throws Exception {
    String commit = "fedcba9876543210fedcba9876543210fedcba98";
    try (FakeHub hub = new FakeHub().repo("relwb-test/xmod-tiny", commit, FakeHub.resourceFiles("/hub/xmod-tiny"))) {
      ModelHubService models = new ModelHubService(HubSettings.fromEnvironment(Map.of("HF_ENDPOINT",
          hub.endpoint().toString(), "HF_HUB_CACHE", home.resolve("hf").toString()), home), "relwb-test");
      AppDirs dirs = new AppDirs(home.resolve("d"), home.resolve("c"), home.resolve("f"));
      List<Path> openedDirs = new java.util.concurrent.CopyOnWriteArrayList<>();
      BenchmarkRunner bench = new BenchmarkRunner(dirs, models, (dir, device, id) -> {
        openedDirs.add(dir);
        return FakeCrossEncoderModel.loaded(new FakeCrossEncoderModel(), null);
      });
      CommandLine cl = Cli.commandLine(new StubServices(dirs, bench));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(err));
      assertThat(cl.execute("bench", "rerank", "--model", "relwb-test/xmod-tiny", "--threads", "1", "--json"))
          .as(err.toString()).isZero();
      Path snapshot = home.resolve("hf/models--relwb-test--xmod-tiny/snapshots").resolve(commit);
      assertThat(openedDirs).containsOnly(snapshot);
      String[] lines = out.toString().strip().split("\n");
      assertThat(Json.mapper().readTree(lines[lines.length - 1]).get("model").asText())
          .isEqualTo("relwb-test/xmod-tiny");
    }
  }

  @Test
  void anUnknownRandomPresetIsRefused() {
    StringWriter err = new StringWriter();
    CommandLine cl = Cli.commandLine(new StubServices(new AppDirs(home, home, home)));
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("bench", "rerank", "--random", "gpt-9")).isEqualTo(1);
    assertThat(err.toString()).contains("xmod-base");
  }
}
