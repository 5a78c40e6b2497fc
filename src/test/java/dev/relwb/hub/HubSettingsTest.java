package dev.relwb.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.WorkbenchException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubSettingsTest {
  static final Path HOME = Path.of("/home/ana");

  @Test
  void defaultsFollowHuggingfaceHub() {
    HubSettings s = HubSettings.fromEnvironment(Map.of(), HOME);
    assertThat(s.endpoint()).isEqualTo(URI.create("https://huggingface.co"));
    assertThat(s.cacheDir()).isEqualTo(Path.of("/home/ana/.cache/huggingface/hub"));
    assertThat(s.offline()).isFalse();
    assertThat(s.hasToken()).isFalse();
  }

  @Test
  void cacheRootPrecedenceIsHfHubCacheThenHfHomeThenXdg() {
    assertThat(HubSettings.fromEnvironment(Map.of("XDG_CACHE_HOME", "/x"), HOME).cacheDir())
        .isEqualTo(Path.of("/x/huggingface/hub"));
    assertThat(HubSettings.fromEnvironment(Map.of("XDG_CACHE_HOME", "/x", "HF_HOME", "/h"), HOME).cacheDir())
        .isEqualTo(Path.of("/h/hub"));
    assertThat(HubSettings.fromEnvironment(Map.of("HF_HOME", "/h", "HF_HUB_CACHE", "/c"), HOME).cacheDir())
        .isEqualTo(Path.of("/c"));
  }

  @Test
  void offlineAcceptsTheUsualTrueSpellings() {
    for (String v : new String[] {"1", "true", "YES", "On"}) {
      assertThat(HubSettings.fromEnvironment(Map.of("HF_HUB_OFFLINE", v), HOME).offline()).as(v).isTrue();
    }
    assertThat(HubSettings.fromEnvironment(Map.of("HF_HUB_OFFLINE", "0"), HOME).offline()).isFalse();
  }

  @Test
  void endpointIsNormalisedAndValidated() {
    assertThat(HubSettings.fromEnvironment(Map.of("HF_ENDPOINT", "https://hf-mirror.example/"), HOME).endpoint())
        .isEqualTo(URI.create("https://hf-mirror.example"));
    assertThatThrownBy(() -> HubSettings.fromEnvironment(Map.of("HF_ENDPOINT", "ftp://x"), HOME))
        .isInstanceOf(WorkbenchException.class).hasMessageContaining("HF_ENDPOINT");
  }

  @Test
  void theTokenNeverAppearsInToString() {
    HubSettings s = HubSettings.fromEnvironment(Map.of("HF_TOKEN", "hf_abcdef"), HOME);
    assertThat(s.token()).isEqualTo("hf_abcdef");
    assertThat(s.toString()).doesNotContain("hf_abcdef").contains("token=***");
  }
}
