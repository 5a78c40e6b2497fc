package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.AppDirs;
import dev.relwb.core.Json;
import dev.relwb.rerank.FakeCrossEncoderModel;
import dev.relwb.service.RerankService;
import dev.relwb.service.Services;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
    RerankService rerank = new RerankService(dirs,
        (dir, device) -> FakeCrossEncoderModel.loaded(new FakeCrossEncoderModel(), null));
    Services services = new Services() {
      @Override
      public AppDirs dirs() {
        return dirs;
      }

      @Override
      public String version() {
        return "test";
      }

      @Override
      public RerankService rerank() {
        return rerank;
      }
    };
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
    assertThat(err.toString()).contains("Reranking 100/100");
    rerank.close();
  }

  @Test
  void anUnknownRandomPresetIsRefused() {
    StringWriter err = new StringWriter();
    CommandLine cl = Cli.commandLine(new Services() {
      @Override
      public AppDirs dirs() {
        return new AppDirs(home, home, home);
      }

      @Override
      public String version() {
        return "test";
      }
    });
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("bench", "rerank", "--random", "gpt-9")).isEqualTo(1);
    assertThat(err.toString()).contains("xmod-base");
  }
}
