package dev.relwb.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.WorkbenchException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRefTest {
  @TempDir Path tmp;

  @Test
  void repoIdWithAndWithoutRevision() {
    assertThat(ModelRef.parse("antoinelouis/mono-xm")).isEqualTo(new ModelRef.Hub("antoinelouis/mono-xm", "main"));
    ModelRef.Hub pinned = (ModelRef.Hub) ModelRef.parse(" antoinelouis/mono-xm@v1.0 ");
    assertThat(pinned.revision()).isEqualTo("v1.0");
    assertThat(pinned.revisionIsCommit()).isFalse();
    assertThat(pinned.cacheFolderName()).isEqualTo("models--antoinelouis--mono-xm");
    assertThat(pinned).hasToString("antoinelouis/mono-xm@v1.0");
    assertThat(((ModelRef.Hub) ModelRef.parse("a/b@0123456789abcdef0123456789abcdef01234567")).revisionIsCommit())
        .isTrue();
  }

  @Test
  void anExistingFolderWinsOverARepoId() {
    assertThat(ModelRef.parse(tmp.toString())).isEqualTo(new ModelRef.Local(tmp.toAbsolutePath().normalize()));
  }

  @Test
  void badValuesSayWhatIsAccepted() {
    assertThatThrownBy(() -> ModelRef.parse("")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("org/name");
    assertThatThrownBy(() -> ModelRef.parse("just-a-name")).hasMessageContaining("neither a model folder");
    assertThatThrownBy(() -> ModelRef.parse(tmp.resolve("missing").toString()))
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> ModelRef.parse("org/name@../../etc")).isInstanceOf(WorkbenchException.class);
    assertThatThrownBy(() -> ModelRef.parse("a/b/c")).isInstanceOf(WorkbenchException.class);
  }
}
