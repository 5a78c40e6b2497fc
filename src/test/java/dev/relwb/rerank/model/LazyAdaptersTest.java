package dev.relwb.rerank.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.rerank.ModelLoader;
import dev.relwb.rerank.runtime.ExpectedWeights;
import java.util.List;
import org.junit.jupiter.api.Test;

/// With the 30-language fixture, loading touches only shared weights, and a language touches
/// only its own adapters (exact byte counts).
class LazyAdaptersTest {
  @Test
  void oneLanguageMaterializesOnlySharedWeightsAndItsAdapters() {
    try (XmodCrossEncoder m = ModelLoader.loadModel(Fixtures.tiny(""), "cpu")) {
      ExpectedWeights w = m.weights().expected();
      assertThat(w.groups()).hasSize(30);
      // shared: embeddings 1000·32 + 514·32 + 32 + 2·32; per layer qkv/out/ffn/LNs; classifier
      long h = 32;
      long layer = 4 * (h * h + h) + 2 * h + (64 * h + 64) + (h * 64 + h) + 2 * h;
      long shared = 4 * ((1000 + 514 + 1) * h + 2 * h + 2 * layer + (h * h + h) + (h + 1));
      assertThat(w.sharedBytes()).isEqualTo(shared);
      long perLanguage = 4 * 2 * ((16 * h + 16) + (h * 16 + h));
      assertThat(w.groupBytes("fr_XX")).isEqualTo(perLanguage);

      assertThat(m.weights().bytesMaterialized()).isEqualTo(shared);
      assertThat(m.weights().loadedGroups()).isEmpty();
      m.logits(List.of(new int[] {0, 10, 11, 2, 2, 12, 13, 2}), List.of("fr_XX"));
      assertThat(m.weights().bytesMaterialized()).isEqualTo(shared + perLanguage);
      assertThat(m.weights().loadedGroups()).containsExactly("fr_XX");
      m.logits(List.of(new int[] {0, 10, 2, 2, 12, 2}), List.of("fr_XX"));
      assertThat(m.weights().bytesMaterialized()).isEqualTo(shared + perLanguage);
    }
  }

  @Test
  void switchingLanguagesKeepsASmallLru() {
    try (XmodCrossEncoder m = ModelLoader.loadModel(Fixtures.tiny(""), "cpu")) {
      int[] row = {0, 10, 11, 2, 2, 12, 13, 2};
      float first = m.logits(List.of(row), List.of("en_XX"))[0];
      for (String l : List.of("de_DE", "fr_XX", "es_XX", "zh_CN", "ar_AR")) {
        m.logits(List.of(row), List.of(l));
      }
      assertThat(m.weights().loadedGroups()).hasSize(ModelLoader.ADAPTER_CACHE).doesNotContain("en_XX")
          .endsWith("ar_AR");
      long before = m.weights().bytesMaterialized();
      assertThat(m.logits(List.of(row), List.of("en_XX"))[0]).isEqualTo(first);
      assertThat(m.weights().bytesMaterialized() - before).isEqualTo(m.weights().expected().groupBytes("en_XX"));
    }
  }
}
