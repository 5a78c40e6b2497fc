package dev.relwb.rerank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.ModelLoader;
import dev.relwb.rerank.runtime.Checkpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Forward calls leave no arrays behind, and a damaged sharded index is reported clearly.
class ScopeAndShardsTest {
  @TempDir
  Path tmp;

  @Test
  void callsLeaveNoArraysInTheWeightsManager() throws Exception {
    try (XmodCrossEncoder m = ModelLoader.loadModel(Fixtures.tiny(""), "cpu")) {
      List<int[]> rows = List.of(new int[] {0, 5, 6, 2, 2, 7, 2}, new int[] {0, 8, 2, 2, 9, 10, 11, 12, 2});
      m.logits(rows, List.of("de_DE", "en_XX"));
      var field = XmodCrossEncoder.class.getDeclaredField("manager");
      field.setAccessible(true);
      NDManager weights = (NDManager) field.get(m);
      int before = weights.getManagedArrays().size();
      for (int i = 0; i < 5; i++) {
        m.logits(rows, List.of("de_DE", "en_XX"));
        m.logits(rows, List.of("de_DE", "de_DE"), (n, v) -> { });
      }
      assertThat(weights.getManagedArrays().size()).isEqualTo(before);
    }
  }

  @Test
  void aShardedIndexNamingAMissingOrWrongShard() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("sh"));
    Path src = Fixtures.tiny("sharded");
    for (String f : List.of("config.json", "model-00001-of-00002.safetensors", "model.safetensors.index.json")) {
      Files.copy(src.resolve(f), dir.resolve(f));
    }
    assertThatThrownBy(() -> Checkpoint.open(dir)).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining(dir.resolve("model-00002-of-00002.safetensors").toString())
        .hasMessageContaining("does not exist");
    String index = Files.readString(dir.resolve("model.safetensors.index.json"));
    Files.writeString(dir.resolve("model.safetensors.index.json"),
        index.replace("model-00002-of-00002.safetensors", "../evil.safetensors"));
    assertThatThrownBy(() -> Checkpoint.open(dir)).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("invalid shard file");
    Files.writeString(dir.resolve("model.safetensors.index.json"),
        index.replace("model-00002-of-00002.safetensors", "model-00001-of-00002.safetensors"));
    assertThatThrownBy(() -> Checkpoint.open(dir)).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("which does not contain it");
    Files.writeString(dir.resolve("model.safetensors.index.json"), "{\"weight_map\": 3}");
    assertThatThrownBy(() -> Checkpoint.open(dir)).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("has no weight_map object");
  }
}
