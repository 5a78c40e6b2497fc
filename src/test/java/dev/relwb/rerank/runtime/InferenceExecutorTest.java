package dev.relwb.rerank.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.CancelledException;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.CrossEncoderReranker;
import dev.relwb.rerank.FakeCrossEncoderModel;
import dev.relwb.rerank.FakePairTokenizer;
import dev.relwb.rerank.RerankListener;
import dev.relwb.rerank.RerankOutcome;
import dev.relwb.rerank.RerankParams;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InferenceExecutorTest {
  private final InferenceExecutor executor = new InferenceExecutor("test-inference");
  private final FakeCrossEncoderModel model = new FakeCrossEncoderModel();
  private final CrossEncoderReranker reranker = new CrossEncoderReranker(model, new FakePairTokenizer(), null);
  private static final RerankParams SMALL_BATCHES = RerankParams.defaults().withBatchTokens(300, 100);

  @AfterEach
  void close() {
    executor.close();
  }

  private InferenceExecutor.Handle<RerankOutcome> rerank(String lane, String query, List<String> passages) {
    return executor.submit(lane, c -> reranker.rerank(query, passages, SMALL_BATCHES, RerankListener.NONE,
        ProgressListener.NONE, c));
  }

  @Test
  void cancellingMidJobStopsWithinOneBatchAndTheExecutorStaysUsable() throws Exception {
    CountDownLatch inSecondBatch = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    model.beforeCall(n -> {
      if (n == 2) {
        inSecondBatch.countDown();
        await(release);
      }
    });
    var job = rerank(null, "q one", dev.relwb.rerank.TestPassages.passages(60, 7));
    assertThat(inSecondBatch.await(10, TimeUnit.SECONDS)).isTrue();
    job.cancel();
    release.countDown();
    assertThatThrownBy(job::join).isInstanceOf(CancelledException.class);
    assertThat(model.calls()).isEqualTo(2);

    model.beforeCall(n -> { });
    RerankOutcome after = rerank(null, "q two", List.of("a b", "c d")).join();
    assertThat(after.results()).hasSize(2);
    assertThat(model.calls()).isEqualTo(3);
  }

  @Test
  void aNewJobOnTheLaneCancelsTheRunningOne() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    model.beforeCall(n -> {
      if (n == 1) {
        started.countDown();
        await(release);
      }
    });
    var old = rerank("rerank", "old query", dev.relwb.rerank.TestPassages.passages(60, 7));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    var fresh = rerank("rerank", "new query", List.of("x y z"));
    assertThat(old.isCancelled()).isTrue();
    release.countDown();
    assertThatThrownBy(old::join).isInstanceOf(CancelledException.class);
    assertThat(fresh.join().results()).hasSize(1);
    assertThat(model.calls()).as("one batch of the old job, one of the new").isEqualTo(2);
  }

  @Test
  void concurrentSubmittersAreSerializedOnOneThread() throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<Future<RerankOutcome>> results = new ArrayList<>();
    List<List<String>> inputs = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      List<String> passages = dev.relwb.rerank.TestPassages.passages(10 + t, 7);
      inputs.add(passages);
      String query = "query " + t;
      results.add(clients.submit(() -> rerank(null, query, passages).join()));
    }
    for (int t = 0; t < 16; t++) {
      RerankOutcome out = results.get(t).get(60, TimeUnit.SECONDS);
      RerankOutcome alone = new CrossEncoderReranker(new FakeCrossEncoderModel(), new FakePairTokenizer(), null)
          .rerank("query " + t, inputs.get(t), RerankParams.defaults(), RerankListener.NONE, ProgressListener.NONE,
              dev.relwb.core.CancelToken.none());
      assertThat(out.logits()).containsExactly(alone.logits());
    }
    clients.shutdown();
    assertThat(model.overlapped()).isFalse();
    assertThat(model.threads()).hasSize(1);
    assertThat(model.threads().iterator().next().getName()).isEqualTo("test-inference");
  }

  @Test
  void aFailingJobDoesNotBreakTheExecutor() {
    var bad = executor.submit(c -> {
      throw new WorkbenchException("boom");
    });
    assertThatThrownBy(bad::join).isInstanceOf(WorkbenchException.class).hasMessage("boom");
    int answer = executor.call(c -> 42);
    boolean onThread = executor.call(c -> executor.isInferenceThread());
    assertThat(answer).isEqualTo(42);
    assertThat(onThread).isTrue();
    assertThat(executor.isInferenceThread()).isFalse();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
