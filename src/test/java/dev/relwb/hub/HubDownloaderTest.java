package dev.relwb.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.CancelToken;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.hub.HubException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubDownloaderTest {
  static final String REPO = "relwb-test/xmod-tiny";
  static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
  static final Map<String, byte[]> TINY = FakeHub.resourceFiles("/hub/xmod-tiny");
  static final DownloadTuning TUNING = new DownloadTuning(1, Duration.ZERO, Duration.ofSeconds(10),
      p -> Long.MAX_VALUE);

  @TempDir Path tmp;
  FakeHub hub;
  Path cacheDir;

  @BeforeEach
  void start() throws IOException {
    hub = new FakeHub().repo(REPO, COMMIT, TINY);
    cacheDir = tmp.resolve("hf/hub");
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  HubSettings settings(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(extra);
    env.put("HF_ENDPOINT", hub.endpoint().toString());
    env.put("HF_HUB_CACHE", cacheDir.toString());
    return HubSettings.fromEnvironment(env, tmp.resolve("home"));
  }

  HubDownloader downloader(HubSettings s, int attempts) {
    return new HubDownloader(s, "relwb-test", TUNING.withMaxAttempts(attempts));
  }

  Snapshot download(HubDownloader d, String repo) {
    return d.download(ModelRef.Hub.of(repo), ProgressListener.NONE, CancelToken.none());
  }

  /// The offset of the one `Range: bytes=N-` request the hub saw.
  long resumedAt() {
    List<String> ranges = hub.gets().stream().map(FakeHub.Request::range).filter(r -> r != null).toList();
    assertThat(ranges).hasSize(1).allMatch(r -> r.matches("bytes=\\d+-"));
    return Long.parseLong(ranges.getFirst().substring("bytes=".length(), ranges.getFirst().length() - 1));
  }

  static Map<String, byte[]> snapshotContents(Path folder) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }

  @Test
  void downloadLaysOutTheStandardCacheWithByteIdenticalFiles() throws IOException {
    List<Progress> progress = new CopyOnWriteArrayList<>();
    Snapshot snap = downloader(settings(Map.of()), 1)
        .download(ModelRef.Hub.of(REPO), progress::add, CancelToken.none());

    Path repoDir = cacheDir.resolve("models--relwb-test--xmod-tiny");
    assertThat(snap.commit()).isEqualTo(COMMIT);
    assertThat(snap.folder()).isEqualTo(repoDir.resolve("snapshots").resolve(COMMIT));
    assertThat(snap.files()).containsExactlyElementsOf(TINY.keySet());
    assertThat(snapshotContents(snap.folder())).containsOnlyKeys(TINY.keySet())
        .allSatisfy((name, bytes) -> assertThat(bytes).isEqualTo(TINY.get(name)));
    for (var e : TINY.entrySet()) {
      Path link = snap.folder().resolve(e.getKey());
      String etag = FakeHub.isLfs(e.getKey()) ? FakeHub.sha256(e.getValue()) : FakeHub.gitSha1(e.getValue());
      assertThat(Files.isSymbolicLink(link)).as(e.getKey()).isTrue();
      assertThat(Files.readSymbolicLink(link).toString().replace('\\', '/')).isEqualTo("../../blobs/" + etag);
      assertThat(repoDir.resolve("blobs").resolve(etag)).hasBinaryContent(e.getValue());
    }
    assertThat(Files.readString(repoDir.resolve("refs/main"), StandardCharsets.UTF_8)).isEqualTo(COMMIT);
    try (Stream<Path> blobs = Files.list(repoDir.resolve("blobs"))) {
      assertThat(blobs.map(p -> p.getFileName().toString())).hasSize(5).noneMatch(n -> n.endsWith(".incomplete"));
    }
    assertThat(snap.bytesTransferred()).isEqualTo(TINY.values().stream().mapToLong(b -> b.length).sum());
    Progress last = progress.getLast();
    assertThat(last.done()).isEqualTo(last.total()).isEqualTo(snap.bytesTransferred());
    assertThat(last.message()).contains("/s").contains("ETA");
    // the weights came from the CDN after the hub's 302, without the (absent) token
    assertThat(hub.requests()).anySatisfy(r -> assertThat(r.server() + r.method()).isEqualTo("cdnGET"))
        .allSatisfy(r -> assertThat(r.authorization()).isNull());
  }

  @Test
  void shardedWeightsBringTheIndexAndEveryShard() throws IOException {
    Map<String, byte[]> sharded = FakeHub.resourceFiles("/hub/xmod-tiny/sharded");
    hub.repo("relwb-test/xmod-tiny-sharded", COMMIT, sharded);
    Snapshot snap = download(downloader(settings(Map.of()), 1), "relwb-test/xmod-tiny-sharded");
    assertThat(snap.files()).contains("model.safetensors.index.json", "model-00001-of-00002.safetensors",
        "model-00002-of-00002.safetensors").doesNotContain("model.safetensors");
    assertThat(snapshotContents(snap.folder())).containsOnlyKeys(sharded.keySet())
        .allSatisfy((name, bytes) -> assertThat(bytes).isEqualTo(sharded.get(name)));
  }

  @Test
  void missingOptionalFilesAreRecordedButMissingRequiredOnesFail() {
    Map<String, byte[]> noOptional = new TreeMap<>(TINY);
    noOptional.remove("special_tokens_map.json");
    noOptional.remove("tokenizer_config.json");
    hub.repo("relwb-test/lean", COMMIT, noOptional);
    Snapshot snap = download(downloader(settings(Map.of()), 1), "relwb-test/lean");
    assertThat(snap.files()).containsExactly("config.json", "model.safetensors", "tokenizer.json");
    assertThat(cacheDir.resolve("models--relwb-test--lean/.no_exist").resolve(COMMIT)
        .resolve("special_tokens_map.json")).exists();

    Map<String, byte[]> noTokenizer = new TreeMap<>(TINY);
    noTokenizer.remove("tokenizer.json");
    hub.repo("relwb-test/broken", COMMIT, noTokenizer);
    assertThatThrownBy(() -> download(downloader(settings(Map.of()), 1), "relwb-test/broken"))
        .isInstanceOfSatisfying(HubException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND))
        .hasMessageContaining("has no tokenizer.json");
  }

  @Test
  void aDroppedConnectionResumesOnTheNextRunWithARangeRequest() throws IOException {
    hub.dropOnceAfter("model.safetensors", 200_000);
    HubDownloader d = downloader(settings(Map.of()), 1);
    assertThatThrownBy(() -> download(d, REPO))
        .isInstanceOfSatisfying(HubException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NETWORK))
        .hasMessageContaining("run the download again to resume");
    String sha = FakeHub.sha256(TINY.get("model.safetensors"));
    Path part = cacheDir.resolve("models--relwb-test--xmod-tiny/blobs/" + sha + ".incomplete");
    assertThat(part).exists();
    long partial = Files.size(part); // what arrived before the cut: up to the 200000 bytes sent
    assertThat(partial).isPositive().isLessThanOrEqualTo(200_000);

    Snapshot snap = download(d, REPO);
    assertThat(hub.gets().getLast().range()).isEqualTo("bytes=" + partial + "-");
    assertThat(snap.folder().resolve("model.safetensors")).hasBinaryContent(TINY.get("model.safetensors"));
    assertThat(part).doesNotExist();
    assertThat(snap.bytesTransferred()).isEqualTo(TINY.get("model.safetensors").length - partial);
  }

  @Test
  void aDroppedConnectionIsRetriedWithinTheSameRun() {
    hub.dropOnceAfter("model.safetensors", 100_000);
    Snapshot snap = download(downloader(settings(Map.of()), 3), REPO);
    assertThat(resumedAt()).isPositive().isLessThanOrEqualTo(100_000);
    assertThat(snap.folder().resolve("model.safetensors")).hasBinaryContent(TINY.get("model.safetensors"));
  }

  @Test
  void aStalledConnectionIsClosedAndResumed() {
    hub.stallOnceAfter("model.safetensors", 150_000);
    HubDownloader d = new HubDownloader(settings(Map.of()), "relwb-test",
        new DownloadTuning(2, Duration.ZERO, Duration.ofMillis(500), p -> Long.MAX_VALUE));
    Snapshot snap = download(d, REPO);
    assertThat(resumedAt()).isPositive().isLessThanOrEqualTo(150_000);
    assertThat(snap.folder().resolve("model.safetensors")).hasBinaryContent(TINY.get("model.safetensors"));
  }

  @Test
  void aWrongSha256IsRejectedAndTheBadBlobIsNotKept() throws IOException {
    hub.advertiseWrongHash("model.safetensors");
    assertThatThrownBy(() -> download(downloader(settings(Map.of()), 3), REPO))
        .isInstanceOfSatisfying(HubException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INTEGRITY))
        .hasMessageContaining("model.safetensors").hasMessageContaining("sha256")
        .hasMessageContaining("deleted");
    Path repoDir = cacheDir.resolve("models--relwb-test--xmod-tiny");
    try (Stream<Path> blobs = Files.list(repoDir.resolve("blobs"))) {
      assertThat(blobs.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith(FakeHub.sha256(new byte[] {1, 2, 3})))
          .noneMatch(n -> n.startsWith(FakeHub.sha256(TINY.get("model.safetensors"))));
    }
    assertThat(repoDir.resolve("snapshots").resolve(COMMIT).resolve("model.safetensors")).doesNotExist();
  }

  @Test
  void aWrongGitSha1OfASmallFileIsRejectedToo() {
    hub.advertiseWrongHash("tokenizer.json");
    assertThatThrownBy(() -> download(downloader(settings(Map.of()), 1), REPO))
        .isInstanceOfSatisfying(HubException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INTEGRITY))
        .hasMessageContaining("tokenizer.json").hasMessageContaining("git sha1");
  }

  @Test
  void unauthorizedWithoutTokenSaysHowToLogInAndTheTokenIsSentToTheHubOnly() {
    hub.requireToken("hf_secret");
    assertThatThrownBy(() -> download(downloader(settings(Map.of()), 1), REPO))
        .isInstanceOfSatisfying(HubException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAUTHORIZED))
        .hasMessageContaining("401").hasMessageContaining("HF_TOKEN").hasMessageContaining("check the name");

    Snapshot snap = download(downloader(settings(Map.of("HF_TOKEN", "hf_secret")), 1), REPO);
    assertThat(snap.files()).hasSize(5);
    List<FakeHub.Request> fromToken = hub.requests().stream().filter(r -> r.server().equals("hub")).toList();
    assertThat(fromToken.getLast().authorization()).isEqualTo("Bearer hf_secret");
    assertThat(hub.requests()).filteredOn(r -> r.server().equals("cdn")).isNotEmpty()
        .allSatisfy(r -> assertThat(r.authorization()).isNull());
  }

  @Test
  void theTokenFileUnderHfHomeIsUsed() throws IOException {
    hub.requireToken("hf_fromfile");
    Path hfHome = tmp.resolve("hfhome");
    Files.createDirectories(hfHome);
    Files.writeString(hfHome.resolve("token"), "hf_fromfile\n", StandardCharsets.UTF_8);
    Snapshot snap = download(downloader(settings(Map.of("HF_HOME", hfHome.toString())), 1), REPO);
    assertThat(snap.commit()).isEqualTo(COMMIT);
  }

  @Test
  void aGatedRepoSaysToAcceptTheLicence() {
    hub.gatedFor("hf_notaccepted");
    assertThatThrownBy(() -> download(downloader(settings(Map.of("HF_TOKEN", "hf_notaccepted")), 1), REPO))
        .isInstanceOfSatisfying(HubException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN))
        .hasMessageContaining("accept its licence");
  }

  @Test
  void unknownRepoAndRevisionSayWhatToCheck() {
    HubDownloader d = downloader(settings(Map.of()), 1);
    assertThatThrownBy(() -> download(d, "relwb-test/nope")).hasMessageContaining("check the repo name");
    assertThatThrownBy(() -> d.download(new ModelRef.Hub(REPO, "v9"), ProgressListener.NONE, CancelToken.none()))
        .hasMessageContaining("Revision 'v9' does not exist");
  }

  @Test
  void offlineResolvesFromTheCacheWithoutAnyRequestAndASecondDownloadTransfersNothing() {
    download(downloader(settings(Map.of()), 1), REPO);
    int before = hub.requests().size();
    long bytesBefore = hub.bodyBytes();

    Snapshot offline = download(downloader(settings(Map.of("HF_HUB_OFFLINE", "1")), 1), REPO);
    assertThat(offline.commit()).isEqualTo(COMMIT);
    assertThat(offline.files()).hasSize(5);
    assertThat(hub.requests()).hasSize(before);

    Snapshot again = download(downloader(settings(Map.of()), 1), REPO);
    assertThat(again.bytesTransferred()).isZero();
    assertThat(hub.bodyBytes()).isEqualTo(bytesBefore);
    assertThat(hub.requests().subList(before, hub.requests().size()))
        .isNotEmpty().allSatisfy(r -> assertThat(r.method()).isEqualTo("HEAD"));
  }

  @Test
  void offlineWithAnEmptyCacheSaysWhatToDo() {
    assertThatThrownBy(() -> download(downloader(settings(Map.of("HF_HUB_OFFLINE", "true")), 1), REPO))
        .isInstanceOfSatisfying(HubException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_CACHED))
        .hasMessageContaining("HF_HUB_OFFLINE").hasMessageContaining("relwb model download " + REPO);
    assertThat(hub.requests()).isEmpty();
  }

  @Test
  void aCacheLaidOutByHuggingfaceHubIsFoundAndUsed() throws IOException {
    Path snapDir = PythonCacheFixture.build(cacheDir, REPO, COMMIT, TINY);
    Snapshot offline = download(downloader(settings(Map.of("HF_HUB_OFFLINE", "1")), 1), REPO);
    assertThat(offline.folder()).isEqualTo(snapDir);
    assertThat(snapshotContents(offline.folder())).containsOnlyKeys(TINY.keySet());
    assertThat(hub.requests()).isEmpty();

    Snapshot online = download(downloader(settings(Map.of()), 1), REPO);
    assertThat(online.folder()).isEqualTo(snapDir);
    assertThat(online.bytesTransferred()).isZero();
    assertThat(hub.gets()).isEmpty();
  }

  @Test
  void twoConcurrentDownloadsFetchEachBlobOnce() throws Exception {
    HubDownloader d = downloader(settings(Map.of()), 1);
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
      var a = pool.submit(() -> download(d, REPO));
      var b = pool.submit(() -> download(downloader(settings(Map.of()), 1), REPO));
      assertThat(a.get().folder()).isEqualTo(b.get().folder());
      assertThat(a.get().bytesTransferred() + b.get().bytesTransferred())
          .isEqualTo(TINY.values().stream().mapToLong(x -> x.length).sum());
    }
    assertThat(hub.requests()).filteredOn(r -> r.server().equals("cdn")).hasSize(1);
    assertThat(snapshotContents(cacheDir.resolve("models--relwb-test--xmod-tiny/snapshots").resolve(COMMIT)))
        .allSatisfy((name, bytes) -> assertThat(bytes).isEqualTo(TINY.get(name)));
  }

  @Test
  void notEnoughDiskSpaceFailsBeforeAnyTransfer() {
    HubDownloader d = new HubDownloader(settings(Map.of()), "relwb-test",
        new DownloadTuning(1, Duration.ZERO, Duration.ofSeconds(5), p -> 1000));
    assertThatThrownBy(() -> download(d, REPO))
        .isInstanceOfSatisfying(HubException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DISK_SPACE))
        .hasMessageContaining("free").hasMessageContaining("HF_HUB_CACHE");
    assertThat(hub.gets()).isEmpty();
  }

  @Test
  void cancellingStopsTheDownloadAndKeepsThePartialFile() {
    CancelToken cancel = new CancelToken();
    HubDownloader d = downloader(settings(Map.of()), 1);
    ProgressListener cancelInWeights = p -> {
      if (p.message().startsWith("model.safetensors")) {
        cancel.cancel();
      }
    };
    assertThatThrownBy(() -> d.download(ModelRef.Hub.of(REPO), cancelInWeights, cancel))
        .isInstanceOf(dev.relwb.core.CancelledException.class).hasMessageContaining("cancelled");
    Path repoDir = cacheDir.resolve("models--relwb-test--xmod-tiny");
    assertThat(repoDir.resolve("snapshots").resolve(COMMIT).resolve("model.safetensors")).doesNotExist();
    Path part = repoDir.resolve("blobs/" + FakeHub.sha256(TINY.get("model.safetensors")) + ".incomplete");
    assertThat(part).exists();
    assertThat(part.toFile().length()).isPositive().isLessThan(TINY.get("model.safetensors").length);
    Snapshot snap = download(d, REPO);
    assertThat(snap.folder().resolve("model.safetensors")).hasBinaryContent(TINY.get("model.safetensors"));
  }
}
