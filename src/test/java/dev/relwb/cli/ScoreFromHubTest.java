package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.AppDirs;
import dev.relwb.core.Json;
import dev.relwb.hub.FakeHub;
import dev.relwb.hub.HubSettings;
import dev.relwb.service.ModelHubService;
import dev.relwb.service.RerankService;
import dev.relwb.service.Services;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/// Issue 5's first acceptance point end to end: `relwb model download` from a local hub
/// (HF_ENDPOINT and HF_HUB_CACHE injected), then `relwb score --model org/name` loads the cached
/// snapshot through the rerank service and reproduces a golden-text logit; the cache tree has the
/// Hugging Face layout. Also: a repo id missing from the cache is downloaded by `score` itself (progress
/// on stderr), a cached one is used without a request, and the score cache keys on `repo@commit`.
class ScoreFromHubTest {
  private static final String REPO = "relwb-test/xmod-tiny";
  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

  @TempDir
  Path tmp;
  private FakeHub hub;
  private RerankService rerank;
  private Services services;

  private record Run(int exit, String out, String err) { }

  @BeforeEach
  void start() throws IOException {
    hub = new FakeHub().repo(REPO, COMMIT, FakeHub.resourceFiles("/hub/xmod-tiny"));
    Map<String, String> env = Map.of("HF_ENDPOINT", hub.endpoint().toString(),
        "HF_HUB_CACHE", tmp.resolve("hf").toString());
    ModelHubService models = new ModelHubService(HubSettings.fromEnvironment(env, tmp), "relwb-test");
    AppDirs dirs = new AppDirs(tmp.resolve("data"), tmp.resolve("cache"), tmp.resolve("config")).ensureExist();
    rerank = new RerankService(dirs, models);
    services = new StubServices(dirs, rerank, models);
  }

  @AfterEach
  void stop() {
    rerank.close();
    hub.close();
  }

  private Run run(String... args) {
    CommandLine cl = Cli.commandLine(services);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static JsonNode goldenCase(String name) throws Exception {
    Path golden = Path.of(ScoreFromHubTest.class.getResource("/models/xmod-tiny/golden-text.json").toURI());
    for (JsonNode c : Json.mapper().readTree(golden.toFile()).get("cases")) {
      if (c.get("name").asText().equals(name)) {
        return c;
      }
    }
    throw new IllegalStateException("no golden case " + name);
  }

  private Run score(JsonNode c, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("score", "--model", REPO, "--device", "cpu",
        "--lang", "en", "--query=" + c.get("query").asText(), "--passage=" + c.get("passage").asText()));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  private static void assertGolden(Run r, JsonNode c) throws IOException {
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode o = Json.mapper().readTree(r.out().strip());
    assertThat(o.get("index").asInt()).isZero();
    assertThat(o.get("lang").asText()).isEqualTo("en_XX");
    assertThat(o.get("logit").doubleValue()).isCloseTo(c.get("logits").get(0).get(0).asDouble(), within(1e-4));
    assertThat(o.get("score").doubleValue()).isCloseTo(c.get("scores").get(0).asDouble(), within(1e-4));
  }

  @Test
  void downloadThenScoreAGoldenPairFromTheHubCache() throws Exception {
    Run d = run("model", "download", REPO);
    assertThat(d.exit()).as(d.err()).isZero();
    int requestsAfterDownload = hub.requests().size();

    JsonNode c = goldenCase("short_en");
    Run r = score(c, "--no-cache");
    assertGolden(r, c);
    assertThat(r.err()).contains("relwb: model " + REPO + " (" + REPO + "@" + COMMIT + ") on cpu (");
    assertThat(hub.requests()).as("a cached model is used without asking the hub").hasSize(requestsAfterDownload);
    assertThat(rerank.model().orElseThrow().id()).isEqualTo(REPO + "@" + COMMIT);
    assertHubCacheLayout(tmp.resolve("hf"));

    Path snapshot = tmp.resolve("hf/models--relwb-test--xmod-tiny/snapshots").resolve(COMMIT);
    Run byPath = run("score", "--model", snapshot.toString(), "--device", "cpu", "--lang", "en", "--no-cache",
        "--query=" + c.get("query").asText(), "--passage=" + c.get("passage").asText());
    assertGolden(byPath, c);
    assertThat(byPath.err()).as("a snapshot folder given by path is still repo@commit")
        .contains("(" + REPO + "@" + COMMIT + ")");
  }

  @Test
  void scoreDownloadsAMissingModelWithProgressThenUsesTheScoreCache() throws Exception {
    JsonNode c = goldenCase("short_en");
    Run first = score(c);
    assertGolden(first, c);
    assertThat(first.err()).contains("570.5 KB / 570.5 KB");
    assertThat(Files.isDirectory(tmp.resolve("hf/models--relwb-test--xmod-tiny/snapshots").resolve(COMMIT))).isTrue();
    long bytes = hub.bodyBytes();

    Run again = score(c);
    assertGolden(again, c);
    assertThat(again.out()).isEqualTo(first.out());
    assertThat(hub.bodyBytes()).as("no second transfer").isEqualTo(bytes);
    assertThat(again.err()).as("not downloaded again").doesNotContain("570.5 KB");
  }

  /// `models--{org}--{name}/blobs/<etag>`, `snapshots/<commit>/<file>` (links into blobs, or copies),
  /// `refs/main` = the commit, and no partial download left behind.
  private static void assertHubCacheLayout(Path cache) throws IOException {
    Path repo = cache.resolve("models--relwb-test--xmod-tiny");
    assertThat(Files.readString(repo.resolve("refs/main"), StandardCharsets.UTF_8).strip()).isEqualTo(COMMIT);
    Path snapshot = repo.resolve("snapshots").resolve(COMMIT);
    Map<String, byte[]> served = FakeHub.resourceFiles("/hub/xmod-tiny");
    try (Stream<Path> s = Files.list(snapshot)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactlyElementsOf(served.keySet());
    }
    for (Map.Entry<String, byte[]> f : served.entrySet()) {
      Path file = snapshot.resolve(f.getKey());
      assertThat(file).hasBinaryContent(f.getValue());
      String etag = FakeHub.isLfs(f.getKey()) ? FakeHub.sha256(f.getValue()) : FakeHub.gitSha1(f.getValue());
      Path blob = repo.resolve("blobs").resolve(etag);
      assertThat(blob).hasBinaryContent(f.getValue());
      if (Files.isSymbolicLink(file)) {
        assertThat(file.toRealPath()).isEqualTo(blob.toRealPath());
        assertThat(Files.readSymbolicLink(file).toString()).startsWith("../../blobs/");
      }
    }
    try (Stream<Path> s = Files.list(repo.resolve("blobs"))) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).hasSize(served.size())
          .noneMatch(n -> n.endsWith(".incomplete"));
    }
  }
}
