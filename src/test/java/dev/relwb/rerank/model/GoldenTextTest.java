package dev.relwb.rerank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.rerank.EncodedPair;
import dev.relwb.rerank.LoadedModel;
import dev.relwb.rerank.ModelLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// Every case of `golden-text.json`: text → our tokenizer gives identical input_ids, the reported
/// truncation matches the untruncated lengths, and the logits match HF to 1e-4.
class GoldenTextTest {
  private static LoadedModel model;

  @BeforeAll
  static void load() {
    model = ModelLoader.load(Fixtures.tiny(""), "cpu");
  }

  @AfterAll
  static void close() {
    model.close();
  }

  @Test
  void everyTextCaseGivesTheSameIdsAndLogits() {
    JsonNode g = Fixtures.json(Fixtures.tiny("").resolve("golden-text.json"));
    int n = 0;
    for (JsonNode c : g.get("cases")) {
      String name = c.get("name").asText();
      List<String> qs = new ArrayList<>();
      List<String> ps = new ArrayList<>();
      c.get("pairs").forEach(p -> {
        qs.add(p.get("query").asText());
        ps.add(p.get("passage").asText());
      });
      List<EncodedPair> enc = model.tokenizer().encode(qs, ps, c.get("max_length").asInt());
      List<int[]> want = Fixtures.rows(c);
      List<int[]> rows = new ArrayList<>();
      for (int i = 0; i < enc.size(); i++) {
        EncodedPair e = enc.get(i);
        assertThat(e.ids()).as(name + " row " + i).containsExactly(want.get(i));
        int untruncated = c.get("untruncated_lengths").get(i).asInt();
        assertThat(e.truncatedTokens()).as(name + " truncated " + i).isEqualTo(untruncated - e.length());
        assertThat(e.queryTokens() + e.passageTokens() + 4).isEqualTo(e.length());
        rows.add(e.ids());
      }
      float[] got = model.model().logits(rows, Fixtures.langs(c));
      assertThat(got).as(name).containsExactly(Fixtures.logits(c), within(1e-4f));
      n++;
    }
    assertThat(n).isEqualTo(38);
  }
}
