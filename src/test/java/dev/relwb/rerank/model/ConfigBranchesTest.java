package dev.relwb.rerank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.relwb.rerank.ModelLoader;
import dev.relwb.rerank.runtime.Checkpoint;
import dev.relwb.rerank.runtime.ExpectedWeights;
import dev.relwb.rerank.runtime.SafetensorsWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// All 16 combinations of `pre_norm`, `adapter_layer_norm`, `adapter_reuse_layer_norm` and
/// `ln_before_adapter`: the DJL model, on a padded mixed-language batch, matches the plain
/// float64 reference run row by row.
class ConfigBranchesTest {
  @TempDir
  Path tmp;

  @ParameterizedTest(name = "pre_norm={0} adapter_layer_norm={1} reuse={2} ln_before={3}")
  @CsvSource({"false,false,true,true", "false,false,true,false", "false,false,false,true", "false,false,false,false",
      "false,true,true,true", "false,true,true,false", "false,true,false,true", "false,true,false,false",
      "true,false,true,true", "true,false,true,false", "true,false,false,true", "true,false,false,false",
      "true,true,true,true", "true,true,true,false", "true,true,false,true", "true,true,false,false"})
  void matchesThePlainReference(boolean preNorm, boolean adapterLn, boolean reuse, boolean lnBefore) throws IOException {
    XmodConfig c = new XmodConfig("xmod", List.of(), 50, 16, 2, 2, 24, "gelu", 0.1, 0.1, null, 0.02, 40, 1, 1e-5, 1,
        0, 2, "absolute", preNorm, 2, adapterLn, reuse, lnBefore, List.of("en_XX", "de_DE", "fr_XX"), "de_DE", 1, true,
        "float32");
    Path dir = Files.createDirectories(tmp.resolve("m"));
    Files.writeString(dir.resolve("config.json"), c.toJson().toString());
    ExpectedWeights w = XmodWeights.expected(c);
    Map<String, long[]> all = new TreeMap<>(w.shared());
    w.groups().values().forEach(all::putAll);
    List<SafetensorsWriter.Entry> entries = new ArrayList<>();
    long seed = 1;
    for (Map.Entry<String, long[]> e : all.entrySet()) {
      boolean lnWeight = (e.getKey().contains("LayerNorm") || e.getKey().contains("layer_norm"))
          && e.getKey().endsWith("weight");
      entries.add(SafetensorsWriter.Entry.random(e.getKey(), e.getValue(), seed++, lnWeight ? 1f : 0f, 0.4f));
    }
    SafetensorsWriter.write(dir.resolve("model.safetensors"), entries, Map.of("format", "pt"));

    List<int[]> rows = List.of(new int[] {0, 5, 6, 2, 2, 7, 8, 9, 2}, new int[] {0, 10, 2, 2, 11, 1, 12, 2},
        new int[] {0, 13, 14, 15, 2, 2, 16, 17, 18, 19, 20, 21, 22, 2}, new int[] {0, 2, 2, 2});
    List<String> langs = new ArrayList<>(List.of("en_XX", "fr_XX", "de_DE"));
    langs.add(null);
    try (XmodCrossEncoder m = ModelLoader.loadModel(dir, "cpu"); Checkpoint ck = Checkpoint.open(dir)) {
      float[] got = m.logits(rows, langs);
      NaiveXmodReference ref = new NaiveXmodReference(c, ck);
      for (int i = 0; i < rows.size(); i++) {
        double want = ref.logit(rows.get(i), langs.get(i) == null ? "de_DE" : langs.get(i));
        assertThat((double) got[i]).as("row " + i).isCloseTo(want, within(1e-4));
      }
      assertThat(m.logits(rows, langs, XmodTrace.NONE)).containsExactly(got, within(1e-5f));
    }
  }
}
