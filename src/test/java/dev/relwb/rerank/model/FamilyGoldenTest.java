package dev.relwb.rerank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.rerank.EncodedPair;
import dev.relwb.rerank.LoadedModel;
import dev.relwb.rerank.ModelLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// The BERT and XLM-R fixtures (`models/FAMILIES.md`) against HF's own classes: every case of each
/// folder's `golden.json` (ids and token types → every raw logit, the scored logit and the score) and
/// `golden-text.json` (text → identical ids and token types through the model's own tokenizer, the
/// reported truncation, logits), to |Δlogit| ≤ 1e-4; and each row alone vs inside its padded batch.
class FamilyGoldenTest {
  private static final float TOL = 1e-4f;

  static Path folder(String sub) {
    try {
      return Path.of(FamilyGoldenTest.class.getResource("/models/" + sub + "/config.json").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<int[]> typeRows(JsonNode c) {
    List<int[]> rows = Fixtures.rows(c);
    List<int[]> types = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      int[] t = new int[rows.get(r).length];
      for (int j = 0; j < t.length; j++) {
        t[j] = c.get("token_type_ids").get(r).get(j).asInt();
      }
      types.add(t);
    }
    return types;
  }

  static float[][] raw(JsonNode c) {
    JsonNode ls = c.get("logits");
    float[][] r = new float[ls.size()][];
    for (int i = 0; i < r.length; i++) {
      r[i] = new float[ls.get(i).size()];
      for (int j = 0; j < r[i].length; j++) {
        r[i][j] = (float) ls.get(i).get(j).asDouble();
      }
    }
    return r;
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"bert-tiny, BERT, 1", "bert-tiny/fp16, BERT, 1", "bert-tiny-2labels, BERT, 2", "bert-tiny-st, BERT, 1",
      "xlmr-tiny, XLM_R, 1", "xlmr-tiny/bf16, XLM_R, 1", "xlmr-tiny/sharded, XLM_R, 1"})
  void everyIdCaseGivesHfsLogitsAndScores(String sub, Family family, int labels) {
    JsonNode g = Fixtures.json(folder(sub).resolve("golden.json"));
    double maxDelta = 0;
    int checked = 0;
    try (XmodCrossEncoder m = ModelLoader.loadModel(folder(sub), "cpu")) {
      assertThat(m.config().family()).isEqualTo(family);
      assertThat(m.config().numLabels()).isEqualTo(labels);
      assertThat(m.identity().languages()).isEmpty();
      for (JsonNode c : g.get("cases")) {
        String name = c.get("name").asText();
        List<int[]> rows = Fixtures.rows(c);
        float[][] want = raw(c);
        float[][] got = m.rawLogits(rows, typeRows(c), null);
        float[] scored = m.logits(rows, typeRows(c), null);
        for (int i = 0; i < rows.size(); i++) {
          assertThat(got[i]).as(name + " row " + i).containsExactly(want[i], within(TOL));
          for (int j = 0; j < want[i].length; j++) {
            maxDelta = Math.max(maxDelta, Math.abs(got[i][j] - want[i][j]));
          }
          float logit = labels == 1 ? want[i][0] : want[i][1] - want[i][0];
          assertThat(scored[i]).as(name + " scored logit " + i).isCloseTo(logit, within(2 * TOL));
          assertThat(m.score(scored[i])).as(name + " score " + i)
              .isCloseTo((float) c.get("scores").get(i).asDouble(), within(TOL));
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(g.get("cases").size()).isGreaterThanOrEqualTo(10);
    System.out.printf(Locale.ROOT, "%s golden.json: %d cases, max |dlogit| = %.3g%n", sub, checked, maxDelta);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"bert-tiny", "bert-tiny-2labels", "bert-tiny-st", "xlmr-tiny"})
  void everyTextCaseGivesTheSameIdsTypesAndLogits(String sub) {
    JsonNode g = Fixtures.json(folder(sub).resolve("golden-text.json"));
    int n = 0;
    try (LoadedModel model = ModelLoader.load(folder(sub), "cpu")) {
      XmodCrossEncoder m = (XmodCrossEncoder) model.model();
      for (JsonNode c : g.get("cases")) {
        String name = c.get("name").asText();
        List<String> qs = new ArrayList<>();
        List<String> ps = new ArrayList<>();
        c.get("pairs").forEach(p -> {
          qs.add(p.get("query").asText());
          ps.add(p.get("passage").asText());
        });
        List<EncodedPair> enc = model.tokenizer().encode(qs, ps, c.get("max_length").asInt());
        List<int[]> wantIds = Fixtures.rows(c);
        List<int[]> wantTypes = typeRows(c);
        List<int[]> rows = new ArrayList<>();
        List<int[]> types = new ArrayList<>();
        for (int i = 0; i < enc.size(); i++) {
          EncodedPair e = enc.get(i);
          assertThat(e.ids()).as(name + " row " + i).containsExactly(wantIds.get(i));
          assertThat(e.typeIds()).as(name + " types " + i).containsExactly(wantTypes.get(i));
          int untruncated = c.get("untruncated_lengths").get(i).asInt();
          assertThat(e.truncatedTokens()).as(name + " truncated " + i).isEqualTo(untruncated - e.length());
          rows.add(e.ids());
          types.add(e.typeIds());
        }
        float[][] got = m.rawLogits(rows, types, null);
        float[][] want = raw(c);
        for (int i = 0; i < got.length; i++) {
          assertThat(got[i]).as(name + " row " + i).containsExactly(want[i], within(TOL));
          float s = model.model().score(model.model().logits(List.of(rows.get(i)), List.of(types.get(i)), null)[0]);
          assertThat(s).as(name + " score " + i).isCloseTo((float) c.get("scores").get(i).asDouble(), within(TOL));
        }
        n++;
      }
    }
    assertThat(n).isEqualTo(g.get("cases").size()).isGreaterThanOrEqualTo(11);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"bert-tiny", "xlmr-tiny"})
  void aRowScoresTheSameAloneAndInsideAPaddedBatchAndWithDerivedTypes(String sub) {
    JsonNode g = Fixtures.json(folder(sub).resolve("golden.json"));
    try (XmodCrossEncoder m = ModelLoader.loadModel(folder(sub), "cpu")) {
      for (JsonNode c : g.get("cases")) {
        String name = c.get("name").asText();
        List<int[]> rows = Fixtures.rows(c);
        List<int[]> types = typeRows(c);
        float[] batch = m.logits(rows, types, null);
        for (int i = 0; i < rows.size(); i++) {
          float alone = m.logits(List.of(rows.get(i)), List.of(types.get(i)), null)[0];
          assertThat(batch[i]).as(name + " row " + i).isCloseTo(alone, within(1e-5f));
        }
        if (!name.endsWith("all_type_0")) {
          // without explicit types, a BERT row is split after its first [SEP], as the tokenizer does
          assertThat(m.logits(rows, null)).as(name)
              .containsExactly(batch, within(1e-6f));
        }
      }
    }
  }
}
