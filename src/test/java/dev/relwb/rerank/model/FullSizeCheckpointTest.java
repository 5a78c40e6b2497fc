package dev.relwb.rerank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.relwb.rerank.EncodedPair;
import dev.relwb.rerank.LoadedModel;
import dev.relwb.rerank.ModelLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A random checkpoint of the real xmod-base shape (hidden 768, 12 layers, vocab 250002, two
/// languages, ≈1.1 GB) is written, loaded from its memory map and scores a short pair; only the
/// shared weights and one language's adapters are materialized.
class FullSizeCheckpointTest {
  @TempDir
  Path tmp;

  @Test
  void writesLoadsAndScoresAFullSizeRandomXmod() {
    XmodConfig config = XmodConfig.xmodBase(List.of("en_XX", "de_DE"));
    Path dir = tmp.resolve("xmod-base-random");
    RandomXmodCheckpoint.write(dir, config, 42L, Fixtures.tiny(""));
    long fileBytes = dir.resolve("model.safetensors").toFile().length();
    var expected = XmodWeights.expected(config);
    assertThat(fileBytes).isGreaterThan(expected.sharedBytes() + 2 * expected.groupBytes("en_XX"));
    try (LoadedModel m = ModelLoader.load(dir, "cpu")) {
      XmodCrossEncoder model = (XmodCrossEncoder) m.model();
      assertThat(model.weights().bytesMaterialized()).isEqualTo(expected.sharedBytes());
      List<EncodedPair> enc = m.tokenizer().encode(List.of("the dog"), List.of("the dog lives in the garden"), 512);
      float[] alone = m.model().logits(List.of(enc.getFirst().ids()), List.of("de_DE"));
      assertThat(alone[0]).isFinite();
      assertThat(model.weights().bytesMaterialized()).isEqualTo(expected.sharedBytes() + expected.groupBytes("de_DE"));
      float[] batch = m.model().logits(List.of(new int[] {0, 5, 6, 7, 2, 2, 8, 9, 10, 11, 12, 13, 2},
          enc.getFirst().ids()), List.of("en_XX", "de_DE"));
      assertThat(batch[1]).isCloseTo(alone[0], within(1e-5f));
      assertThat(m.identity().id()).startsWith("fp:");
      assertThat(Files.exists(dir.resolve("tokenizer.json"))).isTrue();
    }
  }
}
