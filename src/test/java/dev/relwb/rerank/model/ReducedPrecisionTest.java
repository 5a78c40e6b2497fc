package dev.relwb.rerank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.rerank.ModelLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/// The 16-bit modes on every golden case of the HF oracle: the logits stay within 0.05 of Hugging
/// Face's fp32 ones (the target of the reduced-precision mode), and fp32 comes back exact after a switch.
/// The measured figures are appended to `target/precision-accuracy.txt`.
class ReducedPrecisionTest {
  private static final float TARGET = 0.05f;

  @ParameterizedTest
  @EnumSource(value = Precision.class, names = {"BF16", "FP16"})
  void goldenCasesStayWithinTheTargetAndFp32ComesBackExact(Precision p) throws IOException {
    JsonNode g = Fixtures.json(Fixtures.tiny("").resolve("golden.json"));
    try (XmodCrossEncoder m = ModelLoader.loadModel(Fixtures.tiny("."), "cpu")) {
      m.usePrecision(p);
      assertThat(m.precision()).isEqualTo(p);
      assertThat(m.cacheId()).isEqualTo(m.identity().id() + "#" + p.label());
      double max = 0;
      double sum = 0;
      int n = 0;
      for (JsonNode c : g.get("cases")) {
        List<String> langs = c.get("uses_default_language").asBoolean() ? null : Fixtures.langs(c);
        float[] got = m.logits(Fixtures.rows(c), langs);
        float[] want = Fixtures.logits(c);
        assertThat(got).as(c.get("name").asText()).containsExactly(want, within(TARGET));
        for (int i = 0; i < got.length; i++) {
          double d = Math.abs(got[i] - want[i]);
          max = Math.max(max, d);
          sum += d;
          n++;
        }
      }
      assertThat(max).as("16-bit inputs do change the logits").isPositive();
      Files.writeString(Path.of("target/precision-accuracy.txt"), String.format(Locale.ROOT,
          "golden tiny X-MOD, %s: %d logits, max |dlogit| %.4g, mean %.4g%n", p.label(), n, max, sum / n),
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      m.usePrecision(Precision.FP32);
      assertThat(m.cacheId()).isEqualTo(m.identity().id());
      JsonNode first = g.get("cases").get(0);
      assertThat(m.logits(Fixtures.rows(first), Fixtures.langs(first)))
          .containsExactly(Fixtures.logits(first), within(1e-4f));
    }
  }
}
