package dev.relwb.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {
  @Test
  void followsXdgOnLinux() {
    AppDirs d = AppDirs.from(Map.of("XDG_DATA_HOME", "/x/data", "XDG_CACHE_HOME", "/x/cache"), "Linux", Path.of("/h"));
    assertThat(d.data()).isEqualTo(Path.of("/x/data/relwb"));
    assertThat(d.cache()).isEqualTo(Path.of("/x/cache/relwb"));
    assertThat(d.config()).isEqualTo(Path.of("/h/.config/relwb"));
  }

  @Test
  void relativeXdgValuesAreIgnoredAsTheSpecSays() {
    AppDirs d = AppDirs.from(Map.of("XDG_DATA_HOME", "rel"), "Linux", Path.of("/h"));
    assertThat(d.data()).isEqualTo(Path.of("/h/.local/share/relwb"));
  }
}
