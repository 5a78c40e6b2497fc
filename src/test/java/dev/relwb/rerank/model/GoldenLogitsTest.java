package dev.relwb.rerank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.rerank.ModelLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// Every case of the HF oracle's `golden.json`, from the F32 file, the sharded folder and the
/// BF16 folder (its own golden), to |Δlogit| ≤ 1e-4; plus the debug tensors stage by stage.
class GoldenLogitsTest {
  private static final float TOL = 1e-4f;

  @ParameterizedTest(name = "{1} [{0}]")
  @CsvSource({"., golden.json", "sharded, golden.json", "bf16, bf16/golden.json"})
  void reproducesEveryGoldenCase(String folder, String golden) {
    JsonNode g = Fixtures.json(Fixtures.tiny("").resolve(golden));
    try (XmodCrossEncoder m = ModelLoader.loadModel(Fixtures.tiny(folder), "cpu")) {
      int checked = 0;
      double maxDelta = 0;
      for (JsonNode c : g.get("cases")) {
        List<String> langs = c.get("uses_default_language").asBoolean() ? null : Fixtures.langs(c);
        float[] got = m.logits(Fixtures.rows(c), langs);
        float[] want = Fixtures.logits(c);
        assertThat(got).as(c.get("name").asText()).containsExactly(want, within(TOL));
        for (int i = 0; i < got.length; i++) {
          maxDelta = Math.max(maxDelta, Math.abs(got[i] - want[i]));
        }
        List<Integer> ids = new ArrayList<>();
        c.get("lang_ids").forEach(n -> ids.add(n.asInt()));
        assertThat(Fixtures.langs(c).stream().map(l -> m.languages().id(l)).toList()).isEqualTo(ids);
        checked++;
      }
      assertThat(checked).isEqualTo(g.get("cases").size()).isGreaterThanOrEqualTo(45);
      System.out.printf(java.util.Locale.ROOT, "%s from %s: %d cases, max |dlogit| = %.3g%n", golden, folder, checked,
          maxDelta);
    }
  }

  @Test
  void debugTensorsMatchStageByStage() {
    JsonNode d = Fixtures.json(Fixtures.tiny("").resolve("golden.json")).get("debug");
    Map<String, float[]> seen = new TreeMap<>();
    try (XmodCrossEncoder m = ModelLoader.loadModel(Fixtures.tiny(""), "cpu")) {
      float[] logits = m.logits(Fixtures.rows(d), List.of(d.get("lang").asText()),
          (name, value) -> seen.put(name, value.toFloatArray()));
      assertThat(logits[0]).isCloseTo((float) d.get("logits").get(0).get(0).asDouble(), within(TOL));
    }
    JsonNode tensors = d.get("tensors");
    assertThat(seen.keySet()).containsAll(iterable(tensors.fieldNames()));
    tensors.properties().forEach(e -> {
      JsonNode data = e.getValue().get("data");
      float[] want = new float[data.size()];
      for (int i = 0; i < want.length; i++) {
        want[i] = (float) data.get(i).asDouble();
      }
      assertThat(seen.get(e.getKey())).as(e.getKey()).containsExactly(want, within(TOL));
    });
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> l = new ArrayList<>();
    it.forEachRemaining(l::add);
    return l;
  }

  @Test
  void aPairScoresTheSameAloneAndInsideAPaddedBatch() {
    JsonNode g = Fixtures.json(Fixtures.tiny("").resolve("golden.json"));
    try (XmodCrossEncoder m = ModelLoader.loadModel(Fixtures.tiny(""), "cpu")) {
      for (JsonNode c : g.get("cases")) {
        if (!List.of("batch5_en_XX", "batch5_de_DE", "batch5_ar_AR", "mixed_lang_batch", "in_batch_de_DE",
            "long_512_plus_short_fr_XX", "same_pair_every_language").contains(c.get("name").asText())) {
          continue;
        }
        List<int[]> rows = Fixtures.rows(c);
        List<String> langs = Fixtures.langs(c);
        float[] batch = m.logits(rows, langs);
        for (int i = 0; i < rows.size(); i++) {
          float alone = m.logits(List.of(rows.get(i)), List.of(langs.get(i)))[0];
          assertThat(batch[i]).as(c.get("name").asText() + " row " + i).isCloseTo(alone, within(1e-5f));
        }
      }
    }
  }

  static Path tiny() {
    return Fixtures.tiny("");
  }
}
