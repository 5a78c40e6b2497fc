package dev.relwb.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.relwb.core.AppDirs;
import dev.relwb.core.CancelToken;
import dev.relwb.core.CancelledException;
import dev.relwb.core.ProgressListener;
import dev.relwb.rerank.CountingModel;
import dev.relwb.rerank.ModelLoader;
import dev.relwb.rerank.TestPassages;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The rerank runtime's acceptance points on the real X-MOD code with the tiny fixture model
/// (`src/test/resources/models/xmod-tiny`), through the service the UI and CLI use.
class RerankTinyModelTest {
  private static final String QUERY = "what is the capital of france";
  @TempDir
  Path home;
  private final List<CountingModel> opened = new ArrayList<>();

  private static Path tiny() {
    try {
      return Path.of(RerankTinyModelTest.class.getResource("/models/xmod-tiny/config.json").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private RerankService service() {
    AppDirs dirs = new AppDirs(home.resolve("data"), home.resolve("cache"), home.resolve("config")).ensureExist();
    RerankService s = new RerankService(dirs, (dir, device, id) -> {
      var loaded = CountingModel.wrap(ModelLoader.load(dir, device, id));
      opened.add((CountingModel) loaded.model());
      return loaded;
    });
    s.load(tiny(), "cpu", 1);
    assertThat(opened.getLast().calls()).as("one warm-up forward at load").isEqualTo(1);
    opened.getLast().resetCounts();
    return s;
  }

  private static RerankRequest request(List<String> passages, int batchTokens, boolean cache) {
    return new RerankRequest(QUERY, passages, null, null, false, 0, batchTokens, cache);
  }

  private static RerankSummary run(RerankService s, RerankRequest r) {
    return s.rerank(r, b -> { }, ProgressListener.NONE, CancelToken.none());
  }

  @Test
  void streamedResultsEqualOneShotInOrder() {
    List<String> passages = TestPassages.passages(40, 21);
    try (RerankService s = service()) {
      List<RerankedPassage> streamed = Collections.synchronizedList(new ArrayList<>());
      List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
      RerankSummary sum = s.rerank(request(passages, 256, false), b -> {
        batchSizes.add(b.size());
        streamed.addAll(b);
      }, ProgressListener.NONE, CancelToken.none());
      RerankSummary oneShot = run(s, request(passages, 1_000_000, false));

      assertThat(batchSizes).hasSizeGreaterThan(3);
      assertThat(streamed).hasSize(40);
      for (RerankedPassage p : streamed) {
        assertThat(p).isEqualTo(sum.passages().get(p.index()));
      }
      for (int i = 0; i < 40; i++) {
        assertThat(sum.passages().get(i).index()).isEqualTo(i);
        assertThat(sum.logits()[i]).isCloseTo(oneShot.logits()[i], within(1e-5f));
      }
      RerankSummary alone = run(s, request(List.of(passages.get(7)), 0, false));
      assertThat(alone.logits()[0]).isCloseTo(sum.logits()[7], within(1e-5f));
    }
  }

  @Test
  void cacheHitReturnsTheSameLogitSkipsTheModelAndSurvivesARestart() {
    List<String> passages = TestPassages.passages(12, 22);
    float[] first;
    try (RerankService s = service()) {
      first = run(s, request(passages, 0, true)).logits();
      int calls = opened.getFirst().calls();
      RerankSummary again = run(s, request(passages, 0, true));
      assertThat(again.logits()).containsExactly(first);
      assertThat(again.cacheHits()).isEqualTo(12);
      assertThat(opened.getFirst().calls()).isEqualTo(calls);
    }
    try (RerankService s = service()) {
      RerankSummary afterRestart = run(s, request(passages, 0, true));
      assertThat(afterRestart.logits()).containsExactly(first);
      assertThat(opened.get(1).calls()).isZero();
      run(s, request(passages, 0, true).withLanguage("fr"));
      assertThat(opened.get(1).rows()).as("another language is not a cache hit").isEqualTo(12);
    }
  }

  @Test
  void aDetectedLanguageWithoutAnAdapterFallsBackToTheDefaultWhileAChosenOneIsRefused() {
    List<String> passages = TestPassages.passages(6, 41);
    try (RerankService s = service()) {
      RerankSummary byDefault = run(s, request(passages, 0, false));
      assertThat(byDefault.language()).isEqualTo("en_XX");
      RerankSummary swahili = run(s, request(passages, 0, false).withGuessedLanguage("sw"));
      assertThat(swahili.language()).isEqualTo("en_XX");
      assertThat(swahili.logits()).containsExactly(byDefault.logits());
      assertThat(run(s, request(passages, 0, false).withGuessedLanguage("fr")).language()).isEqualTo("fr_XX");
      assertThatThrownBy(() -> run(s, request(passages, 0, false).withLanguage("sw")))
          .hasMessageContaining("no adapter for language 'sw'").hasMessageContaining("closest codes");
    }
  }

  @Test
  void bf16IsAPrecisionOfItsOwnInTheStatusAndTheScoreCache() {
    List<String> passages = TestPassages.passages(8, 43);
    try (RerankService s = service()) {
      RerankSummary fp32 = run(s, request(passages, 0, true));
      RerankerInfo info = s.load(tiny().toString(), RuntimeOptions.on("cpu", 1).withPrecision("bf16"),
          ProgressListener.NONE, CancelToken.none());
      assertThat(info.precision()).isEqualTo("bf16");
      assertThat(info.precisionReason()).isEqualTo("asked for");
      assertThat(opened).hasSize(1);                                       // the same model, switched in place
      RerankSummary bf16 = run(s, request(passages, 0, true));
      assertThat(bf16.cacheHits()).as("fp32 scores never stand in for bf16 ones").isZero();
      assertThat(bf16.logits()).containsExactly(fp32.logits(), within(0.05f)).isNotEqualTo(fp32.logits());
      assertThat(run(s, request(passages, 0, true)).cacheHits()).isEqualTo(passages.size());
      s.load(tiny().toString(), RuntimeOptions.on("cpu", 1), ProgressListener.NONE, CancelToken.none());
      assertThat(s.model().orElseThrow().precision()).isEqualTo("fp32");
      assertThat(run(s, request(passages, 0, true)).cacheHits()).isEqualTo(passages.size());
    }
  }

  @Test
  void aCorruptedCacheFileIsIgnored() throws Exception {
    Path file = home.resolve("cache/scores.sqlite");
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[] {'S', 'Q', 'L', 'i', 't', 'e', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    try (RerankService s = service()) {
      assertThat(run(s, request(List.of("paris is the capital"), 0, true)).passages()).hasSize(1);
      assertThat(run(s, request(List.of("paris is the capital"), 0, true)).cacheHits()).isEqualTo(1);
    }
  }

  @Test
  void cancellingMidJobStopsWithinOneBatchAndLeavesTheServiceUsable() throws Exception {
    try (RerankService s = service()) {
      CountingModel m = opened.getFirst();
      CountDownLatch inSecond = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      m.beforeCall(n -> {
        if (n == 2) {
          inSecond.countDown();
          await(release);
        }
      });
      List<RerankedPassage> streamed = Collections.synchronizedList(new ArrayList<>());
      RerankJob job = s.submit(request(TestPassages.passages(50, 23), 200, false), streamed::addAll,
          ProgressListener.NONE);
      assertThat(inSecond.await(30, TimeUnit.SECONDS)).isTrue();
      job.cancel();
      release.countDown();
      assertThatThrownBy(job::join).isInstanceOf(CancelledException.class);
      assertThat(m.calls()).isEqualTo(2);
      assertThat(streamed).hasSizeLessThan(50);

      m.beforeCall(n -> { });
      assertThat(run(s, request(List.of("after the cancel"), 0, false)).passages()).hasSize(1);
    }
  }

  @Test
  void concurrentRequestsFromSeveralThreadsAreSerialized() throws Exception {
    try (RerankService s = service()) {
      List<List<String>> inputs = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        inputs.add(TestPassages.passages(8 + t, 30 + t));
      }
      List<float[]> sequential = inputs.stream().map(p -> run(s, request(p, 0, false)).logits()).toList();
      ExecutorService clients = Executors.newFixedThreadPool(6);
      List<Future<float[]>> parallel = new ArrayList<>();
      for (List<String> p : inputs) {
        parallel.add(clients.submit(() -> run(s, request(p, 128, false)).logits()));
      }
      for (int t = 0; t < 6; t++) {
        float[] got = parallel.get(t).get(120, TimeUnit.SECONDS);
        for (int i = 0; i < got.length; i++) {
          assertThat(got[i]).isCloseTo(sequential.get(t)[i], within(1e-5f));
        }
      }
      clients.shutdown();
      CountingModel m = opened.getFirst();
      assertThat(m.overlapped()).isFalse();
      assertThat(m.threads()).hasSize(1);
      assertThat(m.threads().iterator().next().getName()).isEqualTo("relwb-inference");
    }
  }

  @Test
  void maxPNamesTheWinningPassageAndLanguagesResolve() {
    try (RerankService s = service()) {
      List<String> passages = TestPassages.passages(9, 24);
      List<String> docs = List.of("a", "a", "a", "b", "b", "c", "c", "c", "c");
      RerankSummary sum = s.rerank(request(passages, 0, false).withDocIds(docs).withLanguage("French"),
          b -> { }, ProgressListener.NONE, CancelToken.none());
      assertThat(sum.documents()).extracting(RankedDocument::docId).containsExactlyInAnyOrder("a", "b", "c");
      for (RankedDocument d : sum.documents()) {
        for (int i = 0; i < docs.size(); i++) {
          if (docs.get(i).equals(d.docId())) {
            assertThat(sum.logits()[i]).isLessThanOrEqualTo(d.logit());
          }
        }
        assertThat(sum.logits()[d.bestPassage()]).isEqualTo(d.logit());
      }
      float[] english = run(s, request(passages, 0, false)).logits();
      assertThat(sum.logits()).isNotEqualTo(english);
      assertThat(s.model().orElseThrow().displayNames()).containsKey("fr_XX");
      assertThat(sum.device()).startsWith("cpu (");
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
