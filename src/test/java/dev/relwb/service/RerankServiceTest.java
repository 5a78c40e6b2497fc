package dev.relwb.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.AppDirs;
import dev.relwb.core.CancelToken;
import dev.relwb.core.CancelledException;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.FakeCrossEncoderModel;
import dev.relwb.rerank.FakePairTokenizer;
import dev.relwb.rerank.TestPassages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RerankServiceTest {
  @TempDir
  Path home;
  private final List<FakeCrossEncoderModel> opened = new ArrayList<>();

  private RerankService service() {
    AppDirs dirs = new AppDirs(home.resolve("data"), home.resolve("cache"), home.resolve("config")).ensureExist();
    RerankService s = new RerankService(dirs, (dir, device, id) -> {
      FakeCrossEncoderModel m = new FakeCrossEncoderModel();
      opened.add(m);
      return FakeCrossEncoderModel.loaded(m, new FakePairTokenizer());
    });
    s.load(home, "cpu", 1);
    assertThat(opened.getLast().calls()).as("one warm-up forward at load").isEqualTo(1);
    opened.getLast().resetCounts();
    return s;
  }

  @Test
  void withoutAModelRerankingSaysWhatToDo() {
    AppDirs dirs = new AppDirs(home.resolve("d"), home.resolve("c"), home.resolve("f"));
    try (RerankService s = new RerankService(dirs, (d, dev, id) -> null)) {
      assertThat(s.model()).isEmpty();
      assertThatThrownBy(() -> s.rerank(RerankRequest.of("q", List.of("p")), b -> { }, ProgressListener.NONE,
          CancelToken.none())).isInstanceOf(WorkbenchException.class).hasMessageContaining("No reranking model");
    }
  }

  @Test
  void loadReportsDeviceAndThreads() {
    try (RerankService s = service()) {
      RerankerInfo info = s.model().orElseThrow();
      assertThat(info.device()).isEqualTo("cpu (1 threads)");
      assertThat(info.threads()).isEqualTo(1);
      assertThat(info.languages()).contains("fr_XX");
    }
  }

  @Test
  void oneModelPerServiceTheSameFolderIsKeptAnotherReplacesIt() throws Exception {
    try (RerankService s = service()) {
      s.load(home, "cpu", 1);
      assertThat(opened).as("the same folder on the same device is not loaded twice").hasSize(1);
      Path other = Files.createDirectories(home.resolve("other-model"));
      s.load(other, "cpu", 1);
      assertThat(opened).hasSize(2);
      assertThat(opened.getFirst().closed()).as("the previous model is closed").isTrue();
      assertThat(opened.getLast().closed()).isFalse();
      opened.getLast().resetCounts();
      List<PairScore> scores = s.scorePairs(List.of(new PairInput("q", "p one", null),
          new PairInput("q2", "p two", "en_XX")), "fr_XX", 0, false, ProgressListener.NONE, CancelToken.none());
      assertThat(scores).extracting(PairScore::lang).containsExactly("fr_XX", "en_XX");
      assertThat(opened.getLast().calls()).as("both pairs in one mixed-language batch").isEqualTo(1);
      assertThat(opened.getLast().rows()).isEqualTo(2);
      assertThat(opened.getLast().threads()).extracting(Thread::getName).containsOnly("relwb-inference");
    }
  }

  @Test
  void streamsBatchesAndGivesMaxPDocuments() {
    try (RerankService s = service()) {
      List<String> passages = TestPassages.passages(30, 11);
      List<String> docs = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        docs.add("doc" + i / 3);
      }
      List<RerankedPassage> streamed = Collections.synchronizedList(new ArrayList<>());
      RerankSummary sum = s.submit(new RerankRequest("a query", passages, docs, "fr_XX", false, 0, 300, false),
          streamed::addAll, ProgressListener.NONE).join();
      assertThat(sum.batches()).isGreaterThan(1);
      assertThat(streamed).hasSize(30);
      for (RerankedPassage p : streamed) {
        assertThat(p).isEqualTo(sum.passages().get(p.index()));
      }
      assertThat(sum.documents()).hasSize(10);
      RankedDocument top = sum.documents().getFirst();
      assertThat(top.logit()).isEqualTo(sum.logits()[top.bestPassage()]);
      assertThat(docs.get(top.bestPassage())).isEqualTo(top.docId());
      float max = Float.NEGATIVE_INFINITY;
      for (float l : sum.logits()) {
        max = Math.max(max, l);
      }
      assertThat(top.logit()).isEqualTo(max);
    }
  }

  @Test
  void persistentCacheSurvivesARestartAndSkipsTheModel() {
    List<String> passages = TestPassages.passages(25, 12);
    float[] first;
    try (RerankService s = service()) {
      first = s.rerank(RerankRequest.of("q", passages), b -> { }, ProgressListener.NONE, CancelToken.none()).logits();
      assertThat(opened.getFirst().rows()).isEqualTo(25);
    }
    try (RerankService s = service()) {
      RerankSummary again = s.rerank(RerankRequest.of("q", passages), b -> { }, ProgressListener.NONE,
          CancelToken.none());
      assertThat(again.logits()).containsExactly(first);
      assertThat(again.cacheHits()).isEqualTo(25);
      assertThat(opened.get(1).calls()).isZero();
    }
  }

  @Test
  void aCorruptedCacheFileIsIgnored() throws Exception {
    Path file = home.resolve("cache/scores.sqlite");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "this is not a database, just junk ".repeat(300));
    try (RerankService s = service()) {
      RerankSummary sum = s.rerank(RerankRequest.of("q", List.of("one two", "three")), b -> { },
          ProgressListener.NONE, CancelToken.none());
      assertThat(sum.passages()).hasSize(2);
    }
  }

  @Test
  void aNewQueryCancelsTheRunningJob() throws Exception {
    try (RerankService s = service()) {
      FakeCrossEncoderModel m = opened.getFirst();
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      m.beforeCall(n -> {
        if (n == 1) {
          started.countDown();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      });
      RerankJob old = s.submit(new RerankRequest("old", TestPassages.passages(40, 13), null, null, false, 0, 300, false),
          b -> { }, ProgressListener.NONE);
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      RerankJob fresh = s.submit(RerankRequest.of("new", List.of("x")), b -> { }, ProgressListener.NONE);
      release.countDown();
      assertThatThrownBy(old::join).isInstanceOf(CancelledException.class);
      assertThat(fresh.join().passages()).hasSize(1);
      assertThat(m.calls()).isEqualTo(2);
    }
  }
}
