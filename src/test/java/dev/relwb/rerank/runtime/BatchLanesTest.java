package dev.relwb.rerank.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.CancelledException;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.CrossEncoderReranker;
import dev.relwb.rerank.FakeCrossEncoderModel;
import dev.relwb.rerank.FakePairTokenizer;
import dev.relwb.rerank.LoadedModel;
import dev.relwb.rerank.ModelLoader;
import dev.relwb.rerank.RerankListener;
import dev.relwb.rerank.RerankOutcome;
import dev.relwb.rerank.RerankParams;
import dev.relwb.rerank.ScoredPair;
import dev.relwb.rerank.TestPassages;
import dev.relwb.rerank.model.Fixtures;
import dev.relwb.rerank.model.XmodCrossEncoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/// Batches of one job on two batch lanes (ADR 0009): the first batch alone on the job's thread, the
/// rest two at a time; the same scores as one lane, every result at its index, delivery on the job's
/// thread only, cancellation within one batch, failures reported, and an executor that stays usable.
class BatchLanesTest {
  private static final DeviceSelector.ThreadPlan TWO = new DeviceSelector.ThreadPlan(2, 1);
  private static final RerankParams SMALL_BATCHES = RerankParams.defaults().withBatchTokens(300, 100);
  private final InferenceExecutor executor = new InferenceExecutor("lanes-test");

  @AfterEach
  void close() {
    executor.close();
  }

  @Test
  void twoLanesGiveTheScoresOfOneOnTheRealModelWithMixedAdapters() {
    LoadedModel parts = ModelLoader.load(Fixtures.tiny(""), "cpu", "tiny-test");
    try (XmodCrossEncoder model = (XmodCrossEncoder) parts.model()) {
      assertThat(model.parallelBatches()).isTrue();
      List<String> codes = model.config().languages();
      List<String> passages = TestPassages.passages(48, 11);
      List<String> queries = new ArrayList<>();
      List<String> langs = new ArrayList<>();
      for (int i = 0; i < passages.size(); i++) {
        queries.add("query number " + (i % 5));
        langs.add(codes.get(i % 7));                 // 7 adapters in one job: more than the store keeps loaded
      }
      RerankParams params = RerankParams.defaults().withBatchTokens(160, 60).withCache(false);
      RerankOutcome one = executor.call(c -> new CrossEncoderReranker(model, parts.tokenizer(), null)
          .rerank(queries, passages, langs, params, RerankListener.NONE, ProgressListener.NONE, c));
      BatchLanes lanes = executor.batchLanes(TWO);
      RerankOutcome two = executor.call(c -> new CrossEncoderReranker(model, parts.tokenizer(), null, lanes)
          .rerank(queries, passages, langs, params, RerankListener.NONE, ProgressListener.NONE, c));
      assertThat(two.batches()).isEqualTo(one.batches()).isGreaterThan(4);
      for (int i = 0; i < passages.size(); i++) {
        assertThat(two.results().get(i).index()).isEqualTo(i);
        assertThat(two.results().get(i).logit()).as("pair %d", i)
            .isCloseTo(one.results().get(i).logit(), org.assertj.core.data.Offset.offset(1e-5f));
      }
    }
  }

  @Test
  void batchesRunOnBothLanesAndResultsStreamOnTheJobThreadAtTheirIndex() {
    FakeCrossEncoderModel model = new FakeCrossEncoderModel();
    model.parallel(true);
    CountDownLatch bothRunning = new CountDownLatch(2);
    model.beforeCall(n -> {
      if (n == 2 || n == 3) {
        bothRunning.countDown();
        await(bothRunning);                                                     // batches 2 and 3 overlap
      }
    });
    CrossEncoderReranker reranker = new CrossEncoderReranker(model, new FakePairTokenizer(), null,
        executor.batchLanes(TWO));
    assertThat(reranker.laneCount()).isEqualTo(2);
    List<String> passages = TestPassages.passages(60, 3);
    Set<Thread> deliveredOn = ConcurrentHashMap.newKeySet();
    List<ScoredPair> streamed = Collections.synchronizedList(new ArrayList<>());
    Thread[] jobThread = new Thread[1];
    RerankOutcome out = executor.call(c -> {
      jobThread[0] = Thread.currentThread();
      return reranker.rerank("a query", passages, SMALL_BATCHES, batch -> {
        deliveredOn.add(Thread.currentThread());
        streamed.addAll(batch);
      }, ProgressListener.NONE, c);
    });
    assertThat(model.overlapped()).isTrue();
    assertThat(model.threads()).hasSize(3).contains(jobThread[0]);             // first batch alone, then the lanes
    assertThat(deliveredOn).containsExactly(jobThread[0]);
    assertThat(streamed).hasSize(60);
    RerankOutcome alone = new CrossEncoderReranker(new FakeCrossEncoderModel(), new FakePairTokenizer(), null)
        .rerank("a query", passages, SMALL_BATCHES, RerankListener.NONE, ProgressListener.NONE,
            dev.relwb.core.CancelToken.none());
    assertThat(out.results()).isEqualTo(alone.results());
    for (ScoredPair s : streamed) {
      assertThat(s).isEqualTo(out.results().get(s.index()));
    }
    assertThat(out.batches()).isEqualTo(alone.batches() + 2);                  // the last two batches run in halves
    assertThat(out.laneIdle()).isBetween(java.time.Duration.ZERO, out.elapsed().multipliedBy(2));
    assertThat(alone.laneIdle()).isZero();                                     // one lane never waits
  }

  @Test
  void cancellingStopsWithinOneBatchPerLaneAndTheLanesStayUsable() throws Exception {
    FakeCrossEncoderModel model = new FakeCrossEncoderModel();
    model.parallel(true);
    CountDownLatch started = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    model.beforeCall(n -> {
      if (n == 2 || n == 3) {
        started.countDown();
        await(release);
      }
    });
    CrossEncoderReranker reranker = new CrossEncoderReranker(model, new FakePairTokenizer(), null,
        executor.batchLanes(TWO));
    List<Integer> delivered = Collections.synchronizedList(new ArrayList<>());
    var job = executor.submit("rerank", c -> reranker.rerank("q", TestPassages.passages(80, 5), SMALL_BATCHES,
        batch -> delivered.add(batch.size()), ProgressListener.NONE, c));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    job.cancel();
    release.countDown();
    assertThatThrownBy(job::join).isInstanceOf(CancelledException.class);
    assertThat(model.calls()).isEqualTo(3);                // the first batch, then the two running ones, no more
    assertThat(delivered).hasSize(1);                                          // only the first batch came out

    model.beforeCall(n -> { });
    RerankOutcome after = executor.call(c -> reranker.rerank("q two", List.of("a b", "c d", "e f"), SMALL_BATCHES,
        RerankListener.NONE, ProgressListener.NONE, c));
    assertThat(after.results()).hasSize(3);
  }

  @Test
  void aFailingBatchFailsTheJobAfterTheOtherLaneEndsAndTheLanesStayUsable() {
    FakeCrossEncoderModel model = new FakeCrossEncoderModel();
    model.parallel(true);
    model.beforeCall(n -> {
      if (n == 3) {
        throw new WorkbenchException("batch three broke");
      }
    });
    CrossEncoderReranker reranker = new CrossEncoderReranker(model, new FakePairTokenizer(), null,
        executor.batchLanes(TWO));
    assertThatThrownBy(() -> executor.call(c -> reranker.rerank("q", TestPassages.passages(80, 9), SMALL_BATCHES,
        RerankListener.NONE, ProgressListener.NONE, c)))
        .isInstanceOf(WorkbenchException.class).hasMessageContaining("batch three broke");
    model.beforeCall(n -> { });
    assertThat(executor.call(c -> reranker.rerank("q", List.of("x y"), SMALL_BATCHES, RerankListener.NONE,
        ProgressListener.NONE, c)).results()).hasSize(1);
  }

  @Test
  void planSplitsTheThreadsOverTwoLanesOnTheCpuAndOneOnAGpu() {
    assertThat(DeviceSelector.plan(2, 0, false)).isEqualTo(new DeviceSelector.ThreadPlan(2, 1));
    assertThat(DeviceSelector.plan(8, 0, false)).isEqualTo(new DeviceSelector.ThreadPlan(2, 4));
    assertThat(DeviceSelector.plan(1, 0, false)).isEqualTo(new DeviceSelector.ThreadPlan(1, 1));
    assertThat(DeviceSelector.plan(4, 1, false)).isEqualTo(new DeviceSelector.ThreadPlan(1, 4));
    assertThat(DeviceSelector.plan(4, 0, true)).isEqualTo(new DeviceSelector.ThreadPlan(1, 4));
    assertThat(DeviceSelector.plan(2, 0, false).describe()).isEqualTo("2 lanes × 1 thread");
    assertThat(executor.batchLanes(new DeviceSelector.ThreadPlan(1, 2))).isSameAs(BatchLanes.CALLER);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
