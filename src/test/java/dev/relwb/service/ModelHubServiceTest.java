package dev.relwb.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.hub.FakeHub;
import dev.relwb.hub.HubSettings;
import dev.relwb.hub.PythonCacheFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelHubServiceTest {
  static final String REPO = "relwb-test/xmod-tiny";
  static final String COMMIT = "fedcba9876543210fedcba9876543210fedcba98";
  static final Map<String, byte[]> TINY = FakeHub.resourceFiles("/hub/xmod-tiny");

  @TempDir Path tmp;
  FakeHub hub;
  ModelHubService service;

  @BeforeEach
  void start() throws IOException {
    hub = new FakeHub().repo(REPO, COMMIT, TINY);
    service = new ModelHubService(HubSettings.fromEnvironment(Map.of("HF_ENDPOINT", hub.endpoint().toString(),
        "HF_HUB_CACHE", tmp.resolve("hub").toString()), tmp), "relwb-test");
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  @Test
  void aLocalFolderIsUsedAsIs() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("my-model"));
    Files.write(folder.resolve("config.json"), TINY.get("config.json"));
    assertThat(service.resolve(folder.toString(), ProgressListener.NONE, CancelToken.none())).isEqualTo(folder);
    ModelInfo info = service.info(folder.toString());
    assertThat(info.fromHub()).isFalse();
    assertThat(info.languages()).hasSize(30).startsWith("en_XX");
    assertThat(hub.requests()).isEmpty();
  }

  @Test
  void aFolderWithoutConfigIsRejected() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("empty"));
    assertThatThrownBy(() -> service.resolve(folder.toString(), ProgressListener.NONE, CancelToken.none()))
        .isInstanceOf(WorkbenchException.class).hasMessageContaining("no config.json");
  }

  @Test
  void aRepoIdIsDownloadedOnceThenServedFromTheCache() throws IOException {
    Path folder = service.resolve(REPO, ProgressListener.NONE, CancelToken.none());
    assertThat(folder).isEqualTo(tmp.resolve("hub/models--relwb-test--xmod-tiny/snapshots").resolve(COMMIT));
    assertThat(folder.resolve("model.safetensors")).hasBinaryContent(TINY.get("model.safetensors"));
    int requests = hub.requests().size();
    assertThat(service.resolve(REPO, ProgressListener.NONE, CancelToken.none())).isEqualTo(folder);
    assertThat(hub.requests()).hasSize(requests);
  }

  @Test
  void aCacheMadeByHuggingfaceHubIsUsedWithoutTheNetwork() throws IOException {
    Path snap = PythonCacheFixture.build(tmp.resolve("hub"), REPO, COMMIT, TINY);
    assertThat(service.resolve(REPO, ProgressListener.NONE, CancelToken.none())).isEqualTo(snap);
    ModelInfo info = service.info(REPO);
    assertThat(info.commit()).isEqualTo(COMMIT);
    assertThat(info.architecture()).isEqualTo("XmodForSequenceClassification");
    assertThat(info.files()).extracting(ModelInfo.FileEntry::name).containsExactlyElementsOf(TINY.keySet());
    assertThat(info.totalBytes()).isEqualTo(TINY.values().stream().mapToLong(b -> b.length).sum());
    assertThat(hub.requests()).isEmpty();
  }
}
