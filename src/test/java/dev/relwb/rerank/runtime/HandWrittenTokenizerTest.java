package dev.relwb.rerank.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/// DJL tokenizers load a tiny hand-written XLM-R style `tokenizer.json` and lay out a pair.
class HandWrittenTokenizerTest {
  @Test
  void encodesAPairWithTheXlmrTemplateAndModelPadId() throws Exception {
    Path dir = Path.of(HandWrittenTokenizerTest.class.getResource("/tokenizers/hand/tokenizer.json").toURI()).getParent();
    try (HuggingFaceTokenizer tok = HuggingFaceTokenizer.builder()
        .optTokenizerPath(dir.resolve("tokenizer.json"))
        .optTokenizerConfigPath(dir.resolve("tokenizer_config.json").toString())
        .optTruncateSecondOnly().optMaxLength(16).optPadding(true).build()) {
      Encoding e = tok.encode("the dog", "the cat is cute");
      // <s> ▁the ▁dog </s> </s> ▁the ▁cat ▁is ▁cute </s>
      assertThat(e.getIds()).containsExactly(0, 4, 5, 2, 2, 4, 6, 7, 8, 2);
      assertThat(e.getTokens()).containsExactly("<s>", "▁the", "▁dog", "</s>", "</s>", "▁the", "▁cat", "▁is",
          "▁cute", "</s>");
      // batch padding uses the model's <pad> = 1, not 0
      Encoding[] batch = tok.batchEncode(new ai.djl.util.PairList<>(
          java.util.List.of("the", "the dog"), java.util.List.of("cat", "a house in a garden")));
      assertThat(batch[0].getIds()).endsWith(1L, 1L);
      assertThat(batch[0].getAttentionMask()).endsWith(0L, 0L);
    }
  }
}
