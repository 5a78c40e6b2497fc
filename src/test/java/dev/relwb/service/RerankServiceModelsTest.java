package dev.relwb.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.AppDirs;
import dev.relwb.core.CancelToken;
import dev.relwb.core.Json;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.ModelLoader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Several models side by side in one `RerankService`: a request names its model by location (loaded on
/// first use, on the one inference thread), the least recently used is unloaded beyond the memory budget,
/// and a model that cannot be loaded fails with its reason. The three tiny fixture families.
class RerankServiceModelsTest {
  private static final List<String> PASSAGES = List.of("paris is the capital of france",
      "the moon pulls the ocean", "bread needs flour and water");
  @TempDir
  Path home;
  private final List<Path> opened = Collections.synchronizedList(new ArrayList<>());
  private final List<String> threads = Collections.synchronizedList(new ArrayList<>());

  static Path fixture(String name) {
    try {
      return Path.of(RerankServiceModelsTest.class.getResource("/models/" + name + "/config.json").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private RerankService service() {
    AppDirs dirs = new AppDirs(home.resolve("data"), home.resolve("cache"), home.resolve("config")).ensureExist();
    return new RerankService(dirs, (dir, device, id) -> {
      opened.add(dir);
      threads.add(Thread.currentThread().getName());
      return ModelLoader.load(dir, device, id);
    });
  }

  private static RerankSummary rerank(RerankService s, String model) {
    RerankRequest r = RerankRequest.of("capital of france", PASSAGES).withModel(model);
    return s.rerank(r, b -> { }, ProgressListener.NONE, CancelToken.none());
  }

  @Test
  void eachRequestScoresWithItsOwnModelLoadedOnceOnTheInferenceThread() {
    try (RerankService s = service()) {
      String xmod = fixture("xmod-tiny").toString();
      String xlmr = fixture("xlmr-tiny").toString();
      String bert = fixture("bert-tiny").toString();
      RerankSummary a = rerank(s, xmod);
      RerankSummary b = rerank(s, xlmr);
      RerankSummary c = rerank(s, bert);
      RerankSummary again = rerank(s, xmod);
      assertThat(List.of(a, b, c)).allSatisfy(sum -> assertThat(sum.passages()).hasSize(3));
      assertThat(a.passages().getFirst().logit()).isNotEqualTo(b.passages().getFirst().logit());
      assertThat(b.passages().getFirst().logit()).isNotEqualTo(c.passages().getFirst().logit());
      assertThat(again.passages()).extracting(RerankedPassage::logit)
          .isEqualTo(a.passages().stream().map(RerankedPassage::logit).toList());
      assertThat(opened).hasSize(3);
      assertThat(threads).containsOnly("relwb-inference");
      assertThat(s.heldModels()).containsExactly(xlmr, bert, xmod);
      assertThat(s.model()).as("the default model stays unset").isEmpty();
      assertThat(s.describe(xmod, CancelToken.none()).languages()).isNotEmpty();
      assertThat(s.describe(bert, CancelToken.none()).languages()).isEmpty();
    }
  }

  @Test
  void theLeastRecentlyUsedModelIsUnloadedBeyondTheBudget() throws Exception {
    try (RerankService s = service()) {
      String xmod = fixture("xmod-tiny").toString();
      String xlmr = fixture("xlmr-tiny").toString();
      String bert = fixture("bert-tiny").toString();
      long two = Files.size(fixture("xlmr-tiny").resolve("model.safetensors"))
          + Files.size(fixture("bert-tiny").resolve("model.safetensors"));
      s.memoryBudget(two);
      rerank(s, xlmr);
      rerank(s, bert);
      assertThat(s.heldModels()).containsExactly(xlmr, bert);
      rerank(s, xlmr);
      rerank(s, xmod);
      assertThat(s.heldModels()).as("bert was used least recently").doesNotContain(bert).endsWith(xmod);
      rerank(s, bert);
      assertThat(opened).hasSize(4);
    }
  }

  @Test
  void theDefaultModelIsReusedForItsOwnLocationAndNullStillMeansIt() {
    try (RerankService s = service()) {
      s.load(fixture("xmod-tiny"), "cpu", 1);
      RerankSummary byDefault = s.rerank(RerankRequest.of("capital of france", PASSAGES), b -> { },
          ProgressListener.NONE, CancelToken.none());
      RerankSummary byLocation = rerank(s, fixture("xmod-tiny").toString());
      assertThat(byLocation.passages()).extracting(RerankedPassage::logit)
          .isEqualTo(byDefault.passages().stream().map(RerankedPassage::logit).toList());
      assertThat(opened).hasSize(1);
      assertThat(s.heldModels()).isEmpty();
    }
  }

  @Test
  void aModelThatCannotBeLoadedSaysWhyAndTheOthersKeepWorking() throws Exception {
    Path broken = Files.createDirectories(home.resolve("broken-model"));
    Files.writeString(broken.resolve("config.json"), "{\"model_type\": \"bert\"}");
    try (RerankService s = service()) {
      assertThatThrownBy(() -> rerank(s, broken.toString())).isInstanceOf(WorkbenchException.class)
          .hasMessageStartingWith("Cannot load the model " + broken + ": ");
      assertThatThrownBy(() -> s.describe(home.resolve("missing").toString(), CancelToken.none()))
          .isInstanceOf(WorkbenchException.class).hasMessageContaining("does not exist");
      assertThat(rerank(s, fixture("bert-tiny").toString()).passages()).hasSize(3);
    }
  }

  @Test
  void theModelsListAndBudgetAreSavedAndOldFilesReadWithDefaults() throws Exception {
    SettingsStore store = new SettingsStore(home);
    store.save(Settings.defaults().withModels(List.of("org/a", " /x/b ", "org/a", ""), 2.5));
    Settings back = store.load();
    assertThat(back.models()).containsExactly("org/a", "/x/b");
    assertThat(back.modelMemoryGb()).isEqualTo(2.5);
    assertThat(back.withBm25(1.0, 0.5).models()).containsExactly("org/a", "/x/b");
    Files.writeString(store.file(), "{\"modelLocation\": \"m\", \"k1\": 1.1}");
    Settings old = store.load();
    assertThat(old.models()).isEmpty();
    assertThat(old.modelMemoryGb()).isEqualTo(Settings.DEFAULT_MODEL_MEMORY_GB);
    assertThat(old.modelMemoryBytes()).isEqualTo(6L << 30);
    assertThat(Json.mapper().writeValueAsString(old)).contains("\"models\":[]");
  }
}
