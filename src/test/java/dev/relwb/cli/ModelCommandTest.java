package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.AppDirs;
import dev.relwb.hub.FakeHub;
import dev.relwb.hub.HubSettings;
import dev.relwb.service.ModelHubService;
import dev.relwb.service.Services;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/// `relwb model download` and `relwb model info` end to end against a local hub (HF_ENDPOINT injected).
class ModelCommandTest {
  static final String REPO = "relwb-test/xmod-tiny";
  static final String COMMIT = "89abcdef0123456789abcdef0123456789abcdef";

  @TempDir Path tmp;
  FakeHub hub;
  Services services;
  StringWriter out;
  StringWriter err;

  @BeforeEach
  void start() throws IOException {
    hub = new FakeHub().repo(REPO, COMMIT, FakeHub.resourceFiles("/hub/xmod-tiny"));
    Map<String, String> env = Map.of("HF_ENDPOINT", hub.endpoint().toString(),
        "HF_HUB_CACHE", tmp.resolve("hub").toString());
    ModelHubService models = new ModelHubService(HubSettings.fromEnvironment(env, tmp), "relwb-test");
    services = new StubServices(new AppDirs(tmp.resolve("d"), tmp.resolve("c"), tmp.resolve("f")), null, models);
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  int run(String... args) {
    CommandLine cl = Cli.commandLine(services);
    out = new StringWriter();
    err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void downloadThenInfo() {
    assertThat(run("model", "download", REPO)).as(err.toString()).isZero();
    Path snapshot = tmp.resolve("hub/models--relwb-test--xmod-tiny/snapshots").resolve(COMMIT);
    assertThat(out.toString()).contains(REPO + " at commit " + COMMIT + ": 5 files")
        .contains(snapshot.toString());
    assertThat(err.toString()).contains("all files  570.5 KB / 570.5 KB").contains("/s").contains("ETA");
    assertThat(Files.isRegularFile(snapshot.resolve("model.safetensors"))).isTrue();

    assertThat(run("model", "info", "--model", REPO)).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("repo:         " + REPO)
        .contains("revision:     main")
        .contains("commit:       " + COMMIT)
        .contains("architecture: XmodForSequenceClassification (model_type xmod, 2 layers, hidden size 32)")
        .contains("languages:    30: en_XX id_ID vi_VN")
        .contains("folder:       " + snapshot)
        .contains("cache:        " + tmp.resolve("hub"))
        .containsPattern("model\\.safetensors\\s+559748  546\\.6 KB")
        .contains("special_tokens_map.json");
    int requestsAfterDownload = hub.requests().size();

    assertThat(run("model", "info", "--model", snapshot.toString())).isZero();
    assertThat(out.toString()).contains("repo:         " + REPO).contains("commit:       " + COMMIT);
    assertThat(hub.requests()).hasSize(requestsAfterDownload); // info never asks the hub
  }

  @Test
  void errorsAreOneClearLine() {
    assertThat(run("model", "info", "--model", REPO)).isEqualTo(1);
    assertThat(err.toString()).startsWith("relwb: ").contains("relwb model download " + REPO);
    assertThat(run("model", "download", "relwb-test/missing")).isEqualTo(1);
    assertThat(err.toString()).contains("check the repo name");
    assertThat(run("model")).isEqualTo(2);
    assertThat(err.toString()).contains("download").contains("info");
  }
}
