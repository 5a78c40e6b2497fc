package dev.relwb.rerank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.LoadedModel;
import dev.relwb.rerank.ModelLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Loading across families: an XLM-R read from the X-MOD fixture without its adapters runs, random
/// RoBERTa and BERT checkpoints of any config run, a missing BERT key is named, and an unsupported
/// `model_type` is refused with the supported list.
class FamilyLoadTest {
  @TempDir
  Path tmp;

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (var s = Files.list(from)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Files.copy(p, to.resolve(p.getFileName()));
      }
    }
  }

  @Test
  void theXmodFixtureWithoutAdaptersRunsAsXlmR() throws IOException {
    Path dir = tmp.resolve("xlmr-from-xmod");
    copy(Fixtures.tiny(""), dir);
    ObjectNode c = (ObjectNode) Json.mapper().readTree(dir.resolve("config.json").toFile());
    c.put("model_type", "xlm-roberta");
    c.putArray("architectures").add("XLMRobertaForSequenceClassification");
    List.of("languages", "default_language", "adapter_reduction_factor", "adapter_layer_norm",
        "adapter_reuse_layer_norm", "ln_before_adapter", "pre_norm").forEach(c::remove);
    Files.writeString(dir.resolve("config.json"), c.toString());
    try (LoadedModel m = ModelLoader.load(dir, "cpu")) {
      assertThat(m.identity().languages()).isEmpty();
      assertThat(m.resolveLanguage("fr")).isEqualTo(m.identity().defaultLanguage());
      float[] a = m.model().logits(List.of(new int[] {0, 5, 6, 2, 2, 7, 8, 9, 2}, new int[] {0, 5, 2, 2, 7, 2}),
          List.of("de_DE", "fr_XX"));
      float[] b = m.model().logits(List.of(new int[] {0, 5, 2, 2, 7, 2}), null);
      assertThat(a).hasSize(2).doesNotContain(Float.NaN);
      assertThat(a[1]).isCloseTo(b[0], org.assertj.core.api.Assertions.within(1e-5f));
    }
  }

  @Test
  void randomRobertaAndBertCheckpointsRunWithEveryShape() {
    for (Family f : List.of(Family.ROBERTA, Family.BERT)) {
      for (int labels : new int[] {1, 2}) {
        Path dir = tmp.resolve(f.modelType() + labels);
        RandomXmodCheckpoint.write(dir, XmodConfig.plain(f, 60, 16, 2, 4, 24, 40, labels), 7L);
        try (XmodCrossEncoder m = ModelLoader.loadModel(dir, "cpu")) {
          assertThat(m.config().family()).isEqualTo(f);
          List<int[]> rows = List.of(new int[] {2, 10, 11, 3, 12, 13, 3}, new int[] {2, 10, 3, 12, 3});
          float[][] raw = m.rawLogits(rows, null, null);
          assertThat(raw).hasNumberOfRows(2);
          assertThat(raw[0]).hasSize(labels);
          float[] scored = m.logits(rows, null);
          assertThat(scored[0]).isEqualTo(labels == 1 ? raw[0][0] : raw[0][1] - raw[0][0]);
          assertThat(m.identity().maxTokens()).isEqualTo(f == Family.BERT ? 40 : 38);
        }
      }
    }
  }

  @Test
  void aMissingBertKeyIsNamedWithItsShape() throws IOException {
    Path dir = tmp.resolve("bert");
    XmodConfig full = XmodConfig.plain(Family.BERT, 60, 16, 2, 4, 24, 40, 1);
    RandomXmodCheckpoint.write(dir, full, 7L);
    ObjectNode c = (ObjectNode) Json.mapper().readTree(dir.resolve("config.json").toFile());
    c.put("num_hidden_layers", 3);
    Files.writeString(dir.resolve("config.json"), c.toString());
    assertThatThrownBy(() -> ModelLoader.loadModel(dir, "cpu")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("missing bert.encoder.layer.2.attention.self.query.weight (expected shape [16, 16])");
  }

  @Test
  void anUnsupportedTypeIsRefusedWithTheSupportedOnes() throws IOException {
    Path dir = tmp.resolve("deberta");
    RandomXmodCheckpoint.write(dir, XmodConfig.plain(Family.BERT, 60, 16, 2, 4, 24, 40, 1), 7L);
    ObjectNode c = (ObjectNode) Json.mapper().readTree(dir.resolve("config.json").toFile());
    c.put("model_type", "deberta-v2");
    c.putArray("architectures").add("DebertaV2ForSequenceClassification");
    Files.writeString(dir.resolve("config.json"), c.toString());
    assertThatThrownBy(() -> ModelLoader.loadModel(dir, "cpu")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("a \"deberta-v2\" model (DebertaV2ForSequenceClassification)")
        .hasMessageContaining("\"xmod\" with XmodForSequenceClassification")
        .hasMessageContaining("\"xlm-roberta\" with XLMRobertaForSequenceClassification")
        .hasMessageContaining("\"roberta\" with RobertaForSequenceClassification")
        .hasMessageContaining("\"bert\" with BertForSequenceClassification");
    c.put("model_type", "bert");
    Files.writeString(dir.resolve("config.json"), c.toString());
    assertThatThrownBy(() -> ModelLoader.loadModel(dir, "cpu")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("model_type \"bert\" needs BertForSequenceClassification");
  }
}
