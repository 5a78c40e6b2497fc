package dev.relwb.rerank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.LoadedModel;
import dev.relwb.rerank.ModelLoader;
import dev.relwb.rerank.runtime.SafetensorsFile;
import dev.relwb.rerank.runtime.SafetensorsWriter;
import dev.relwb.rerank.runtime.TensorInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Broken model folders give one clear `WorkbenchException` naming the file and the problem.
class ModelLoadErrorsTest {
  @TempDir
  Path tmp;

  /// Copies the tiny model's top-level files into `tmp/name`.
  Path copyTiny(String name) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    try (var files = Files.list(Fixtures.tiny(""))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    return dir;
  }

  /// Rewrites `dir/model.safetensors`, letting `edit` drop (null) or reshape entries.
  static void rewrite(Path dir, UnaryOperator<TensorInfo> edit) throws IOException {
    Path file = dir.resolve("model.safetensors");
    Path tmpFile = dir.resolve("orig.safetensors");
    Files.move(file, tmpFile);
    try (SafetensorsFile f = SafetensorsFile.open(tmpFile)) {
      List<SafetensorsWriter.Entry> entries = new ArrayList<>();
      for (TensorInfo t : f.tensors().values()) {
        TensorInfo e = edit.apply(t);
        if (e == null) {
          continue;
        }
        long count = e.elementCount();
        entries.add(new SafetensorsWriter.Entry(e.name(), e.dtype(), e.shape(), out -> {
          java.nio.ByteBuffer b = f.bytes(t.name()).duplicate();
          b.limit((int) Math.min(b.capacity(), count * 4));
          SafetensorsWriter.writeFully(out, b);
          for (long i = b.capacity() / 4; i < count; i++) {
            SafetensorsWriter.writeFully(out, java.nio.ByteBuffer.allocate(4));
          }
        }));
      }
      SafetensorsWriter.write(file, entries, f.metadata());
    }
    Files.delete(tmpFile);
  }

  @Test
  void missingAndMisShapedTensorsAreAllListedInOneError() throws IOException {
    Path dir = copyTiny("broken");
    rewrite(dir, t -> switch (t.name()) {
      case "classifier.out_proj.bias" -> null;
      case "roberta.encoder.layer.1.output.adapter_modules.de_DE.dense1.weight" -> null;
      case "roberta.encoder.layer.0.attention.self.key.weight" -> new TensorInfo(t.name(), t.dtype(),
          new long[] {32, 31}, 0, 0);
      default -> t;
    });
    assertThatThrownBy(() -> ModelLoader.loadModel(dir, "cpu")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining(dir.toString())
        .hasMessageContaining("3 problem(s)")
        .hasMessageContaining("missing classifier.out_proj.bias (expected shape [1])")
        .hasMessageContaining("missing roberta.encoder.layer.1.output.adapter_modules.de_DE.dense1.weight "
            + "(expected shape [16, 32])")
        .hasMessageContaining("mis-shaped roberta.encoder.layer.0.attention.self.key.weight: expected [32, 32], "
            + "found [32, 31]");
  }

  @Test
  void extraKeysAreIgnored() throws IOException {
    Path dir = copyTiny("extra");
    rewrite(dir, t -> t);
    try (SafetensorsFile f = SafetensorsFile.open(dir.resolve("model.safetensors"))) {
      List<SafetensorsWriter.Entry> entries = new ArrayList<>();
      for (TensorInfo t : f.tensors().values()) {
        entries.add(new SafetensorsWriter.Entry(t.name(), t.dtype(), t.shape(),
            out -> SafetensorsWriter.writeFully(out, f.bytes(t.name()).duplicate())));
      }
      entries.add(new SafetensorsWriter.Entry("roberta.embeddings.position_ids",
          dev.relwb.rerank.runtime.SafetensorsDtype.I64, new long[] {1, 514},
          out -> SafetensorsWriter.writeFully(out, java.nio.ByteBuffer.allocate(514 * 8))));
      entries.add(SafetensorsWriter.Entry.floats("roberta.pooler.dense.bias", new long[] {2}, new float[] {1, 2}));
      entries.add(SafetensorsWriter.Entry.floats("lm_head.bias", new long[] {1}, new float[] {1}));
      SafetensorsWriter.write(dir.resolve("with-extra.tmp"), entries, Map.of("format", "pt"));
    }
    Files.move(dir.resolve("with-extra.tmp"), dir.resolve("model.safetensors"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (XmodCrossEncoder m = ModelLoader.loadModel(dir, "cpu")) {
      assertThat(m.logits(List.of(new int[] {0, 5, 2, 2, 6, 2}), null)).hasSize(1);
    }
  }

  @Test
  void configMissingAFieldOrWithAnUnsupportedValue() throws IOException {
    Path dir = copyTiny("cfg");
    Path cfg = dir.resolve("config.json");
    ObjectNode orig = (ObjectNode) Json.mapper().readTree(cfg.toFile());
    ObjectNode c = orig.deepCopy();
    c.remove("hidden_size");
    Files.writeString(cfg, c.toString());
    assertThatThrownBy(() -> ModelLoader.loadModel(dir, "cpu")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining(cfg.toString()).hasMessageContaining("hidden_size");
    for (String[] bad : new String[][] {{"hidden_act", "gelu_new"}, {"position_embedding_type", "relative_key"}}) {
      c = orig.deepCopy();
      c.put(bad[0], bad[1]);
      Files.writeString(cfg, c.toString());
      assertThatThrownBy(() -> ModelLoader.loadModel(dir, "cpu")).isInstanceOf(WorkbenchException.class)
          .hasMessageContaining(cfg.toString()).hasMessageContaining(bad[0] + " = \"" + bad[1] + "\"");
    }
    c = orig.deepCopy();
    c.put("model_type", "bert");
    Files.writeString(cfg, c.toString());
    assertThatThrownBy(() -> ModelLoader.loadModel(dir, "cpu")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining(cfg.toString()).hasMessageContaining("a \"bert\" model")
        .hasMessageContaining("supported: model_type \"xmod\" with XmodForSequenceClassification");
    c = orig.deepCopy();
    c.putArray("architectures").add("XmodForMaskedLM");
    Files.writeString(cfg, c.toString());
    assertThatThrownBy(() -> ModelLoader.loadModel(dir, "cpu")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("(XmodForMaskedLM)").hasMessageContaining("no *ForSequenceClassification head");
    c = orig.deepCopy();
    c.put("model_type", "llama");
    c.putArray("architectures").add("LlamaForCausalLM");
    Files.writeString(cfg, c.toString());
    assertThatThrownBy(() -> ModelLoader.loadModel(dir, "cpu")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("a \"llama\" model (LlamaForCausalLM)").hasMessageContaining("language model?");
    c = orig.deepCopy();
    c.put("default_language", "fr_FR");
    Files.writeString(cfg, c.toString());
    assertThatThrownBy(() -> ModelLoader.loadModel(dir, "cpu")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("default_language = \"fr_FR\" (not one of the languages)");
    Files.writeString(cfg, "{not json");
    assertThatThrownBy(() -> ModelLoader.loadModel(dir, "cpu")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining(cfg.toString()).hasMessageContaining("not valid JSON");
    Files.delete(cfg);
    assertThatThrownBy(() -> ModelLoader.loadModel(dir, "cpu")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("has no config.json");
  }

  @Test
  void missingTokenizerJsonAndMissingWeights() throws IOException {
    Path dir = copyTiny("notok");
    Files.delete(dir.resolve("tokenizer.json"));
    assertThatThrownBy(() -> ModelLoader.load(dir, "cpu")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining(dir.toString()).hasMessageContaining("has no tokenizer.json");
    Files.delete(dir.resolve("model.safetensors"));
    assertThatThrownBy(() -> ModelLoader.loadModel(dir, "cpu")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining(dir.toString()).hasMessageContaining("neither model.safetensors");
  }

  @Test
  void aLanguageTheModelLacks() {
    try (LoadedModel m = ModelLoader.load(Fixtures.tiny(""), "cpu")) {
      assertThatThrownBy(() -> m.resolveLanguage("sw")).isInstanceOf(WorkbenchException.class)
          .hasMessageContaining("no adapter for language 'sw'").hasMessageContaining("closest codes: sv_SE");
      assertThatThrownBy(() -> m.model().logits(List.of(new int[] {0, 5, 2, 2, 6, 2}), List.of("sw_KE")))
          .isInstanceOf(WorkbenchException.class).hasMessageContaining("no adapter for language 'sw_KE'");
    }
  }
}
