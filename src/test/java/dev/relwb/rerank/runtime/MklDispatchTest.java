package dev.relwb.rerank.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/// The build's MKL CPU-dispatch library (ADR 0008) is preloaded into the test JVM whenever the
/// build made it, so the golden-file tests check the numerics the launcher gives users.
class MklDispatchTest {
  private static final Path BUILT = Path.of("target", "native", MklDispatch.LIBRARY);

  @Test
  void theTestJvmPreloadsTheLibraryTheBuildMade() {
    assumeTrue(Files.isRegularFile(BUILT), "no C compiler: the build made no " + BUILT);
    assertThat(MklDispatch.loaded()).isTrue();
    assertThat(MklDispatch.describe(MklDispatch.loaded())).contains("preloaded (AVX2/FMA");
  }

  @Test
  void theDescriptionSaysWhenItIsNotLoaded() {
    assumeTrue(!MklDispatch.loaded(), "preloaded here");
    assertThat(MklDispatch.describe(MklDispatch.loaded())).contains("not preloaded");
  }
}
