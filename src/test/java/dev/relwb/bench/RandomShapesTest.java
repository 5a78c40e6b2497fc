package dev.relwb.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.EncodedPair;
import dev.relwb.rerank.ModelOpener;
import dev.relwb.rerank.model.CrossEncoderModel;
import dev.relwb.rerank.model.Family;
import dev.relwb.rerank.model.RandomXmodCheckpoint;
import dev.relwb.rerank.model.XmodConfig;
import dev.relwb.rerank.runtime.ModelShape;
import dev.relwb.service.RerankBenchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Every `--random` shape, shrunk to 2 layers of hidden 32 (vocab, positions, token types, family and
/// key names as in the full size), is written by the one random writer, loads through the production
/// loader and scores the bundled workload adapted to its vocabulary.
class RandomShapesTest {
  @TempDir
  Path tmp;

  @Test
  void theFullSizeShapesAreTheRealOnes() {
    assertThat(Arrays.stream(BenchModels.RandomShape.values()).map(BenchModels.RandomShape::preset))
        .containsExactlyElementsOf(RerankBenchRequest.RANDOM_SHAPES);
    XmodConfig bert = BenchModels.RandomShape.BERT_BASE.config();
    assertThat(List.of(bert.family(), bert.numHiddenLayers(), bert.hiddenSize(), bert.numAttentionHeads(),
        bert.intermediateSize(), bert.vocabSize(), bert.maxPositionEmbeddings(), bert.typeVocabSize()))
        .containsExactly(Family.BERT, 12, 768, 12, 3072, 30522, 512, 2);
    XmodConfig mini = BenchModels.RandomShape.MINILM_L6.config();
    assertThat(List.of(mini.family(), mini.numHiddenLayers(), mini.hiddenSize(), mini.numAttentionHeads(),
        mini.intermediateSize(), mini.vocabSize())).containsExactly(Family.BERT, 6, 384, 12, 1536, 30522);
    XmodConfig base = BenchModels.RandomShape.XLMR_BASE.config();
    assertThat(List.of(base.family(), base.numHiddenLayers(), base.hiddenSize(), base.numAttentionHeads(),
        base.intermediateSize(), base.vocabSize(), base.maxPositionEmbeddings()))
        .containsExactly(Family.XLM_R, 12, 768, 12, 3072, 250002, 514);
    XmodConfig large = BenchModels.RandomShape.XLMR_LARGE.config();
    assertThat(List.of(large.family(), large.numHiddenLayers(), large.hiddenSize(), large.numAttentionHeads(),
        large.intermediateSize(), large.vocabSize(), large.maxPositionEmbeddings()))
        .containsExactly(Family.XLM_R, 24, 1024, 16, 4096, 250002, 8194);
    assertThat(large.maxTokens()).isEqualTo(8192);
    XmodConfig xmod = BenchModels.RandomShape.XMOD_BASE.config();
    assertThat(xmod).isEqualTo(XmodConfig.xmodBase(List.of("en_XX", "id_ID")));
    assertThat(BenchModels.RandomShape.of("XLMR-Large")).isEqualTo(BenchModels.RandomShape.XLMR_LARGE);
    assertThatThrownBy(() -> BenchModels.RandomShape.of("gpt-9")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("bert-base, minilm-l6, xlmr-base, xlmr-large, xmod-base");
  }

  @Test
  void everyShapeShrunkIsWrittenLoadedAndScoresTheWorkload() throws Exception {
    List<EncodedPair> bundled = BenchWorkload.read(null);
    for (BenchModels.RandomShape shape : BenchModels.RandomShape.values()) {
      XmodConfig full = shape.config();
      XmodConfig tiny = RandomXmodCheckpoint.resized(full, 2, 32, 4, 64);
      Path dir = tmp.resolve(shape.preset());
      RandomXmodCheckpoint.write(dir, tiny, 7L);
      Path configJson = dir.resolve(XmodConfig.FILE);
      JsonNode json = Json.mapper().readTree(configJson.toFile());
      assertThat(json.get("model_type").asText()).as(shape.preset()).isEqualTo(full.family().modelType());
      assertThat(json.get("architectures").get(0).asText()).isEqualTo(full.family().architecture());
      assertThat(json.get("vocab_size").asInt()).isEqualTo(full.vocabSize());
      assertThat(ModelShape.read(configJson)).isEqualTo(new ModelShape(32, 2, 64, full.family().hasAdapters() ? 16 : 0));

      List<EncodedPair> pairs = BenchModels.forModel(bundled, configJson);
      assertThat(pairs).hasSameSizeAs(bundled);
      assertThat(pairs).allSatisfy(p -> assertThat(Arrays.stream(p.ids()).allMatch(id -> id >= 0 && id < full.vocabSize())).isTrue());
      for (int i = 0; i < pairs.size(); i++) {
        assertThat(pairs.get(i).queryTokens()).isEqualTo(bundled.get(i).queryTokens());
        assertThat(pairs.get(i).passageTokens()).isEqualTo(bundled.get(i).passageTokens());
      }
      boolean bert = full.family() == Family.BERT;
      if (bert) {
        EncodedPair p = pairs.get(0);
        int q = p.queryTokens();
        assertThat(p.length()).isEqualTo(bundled.get(0).length() - 1);          // one [SEP] between, not two
        assertThat(p.ids()[0]).isEqualTo(101);
        assertThat(p.ids()[q + 1]).isEqualTo(102);
        assertThat(p.ids()[p.length() - 1]).isEqualTo(102);
        assertThat(Arrays.copyOfRange(p.typeIds(), 0, q + 2)).containsOnly(0);
        assertThat(Arrays.copyOfRange(p.typeIds(), q + 2, p.length())).containsOnly(1);
      } else {
        assertThat(pairs).isEqualTo(bundled);                                   // XLM-R ids fit a 250002 vocab
      }

      try (CrossEncoderModel m = ModelOpener.xmod().openNetwork(dir, "cpu")) {
        List<int[]> rows = new ArrayList<>();
        List<int[]> types = new ArrayList<>();
        for (EncodedPair p : pairs.subList(0, 4)) {
          int keep = Math.min(p.length(), 64);
          int[] r = Arrays.copyOf(p.ids(), keep);
          r[keep - 1] = p.ids()[p.length() - 1];
          rows.add(r);
          types.add(p.typeIds() == null ? null : Arrays.copyOf(p.typeIds(), keep));
        }
        float[] given = m.logits(rows, bert ? types : null, null);
        assertThat(given).as(shape.preset()).hasSize(4);
        for (float f : given) {
          assertThat(Float.isFinite(f)).as(shape.preset()).isTrue();
        }
        if (bert && rows.stream().allMatch(r -> Arrays.stream(r, 1, r.length - 1).filter(id -> id == 102).count() == 1)) {
          float[] derived = m.logits(rows, null, null);                         // the model splits after [SEP] too
          for (int i = 0; i < given.length; i++) {
            assertThat(derived[i]).isCloseTo(given[i], org.assertj.core.api.Assertions.within(1e-5f));
          }
        }
      }
    }
  }
}
