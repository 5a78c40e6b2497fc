package dev.relwb.rerank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.CancelToken;
import dev.relwb.core.CancelledException;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.runtime.BatchLanes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/// The lane scheduler on its own: the first batch alone on the job's thread, at most one batch per
/// lane, delivery on the job's thread only, the first failure and a cancel stop the hand-out after
/// the running batches end, and one lane is the plain sequential loop.
class LaneSchedulerTest {
  private static final List<Integer> PLAN = IntStream.range(0, 9).boxed().toList();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final BatchLanes twoLanes = new BatchLanes() {
    @Override
    public int count() {
      return 2;
    }

    @Override
    public <T> CompletableFuture<T> submit(Supplier<T> work) {
      return CompletableFuture.supplyAsync(work, pool);
    }
  };
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger mostRunning = new AtomicInteger();
  private final List<String> events = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void close() {
    pool.shutdownNow();
  }

  private Integer work(Integer batch) {
    mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
    events.add("start " + batch);
    sleep(batch == 0 ? 30 : 20);
    running.decrementAndGet();
    return batch * 10;
  }

  @Test
  void oneLaneRunsEachBatchOnTheJobThreadAndDeliversItBeforeTheNextStarts() {
    List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
    Duration idle = new LaneScheduler(BatchLanes.CALLER).run(PLAN, b -> {
      threads.add(Thread.currentThread());
      return work(b);
    }, r -> events.add("done " + r), CancelToken.none(), "Test");
    List<String> expected = new ArrayList<>();
    PLAN.forEach(b -> expected.addAll(List.of("start " + b, "done " + b * 10)));
    assertThat(events).containsExactlyElementsOf(expected);
    assertThat(threads).containsOnly(Thread.currentThread());
    assertThat(idle).isZero();
  }

  @Test
  void theFirstBatchRunsAloneThenOneBatchPerLaneAndEveryResultComesBackOnTheJobThread() {
    List<Integer> delivered = new ArrayList<>();
    List<Thread> deliveredOn = new ArrayList<>();
    Thread[] firstRanOn = new Thread[1];
    Duration idle = new LaneScheduler(twoLanes).run(PLAN, b -> {
      if (b == 0) {
        firstRanOn[0] = Thread.currentThread();
        assertThat(running.get()).isZero();
      }
      return work(b);
    }, r -> {
      delivered.add(r);
      deliveredOn.add(Thread.currentThread());
    }, CancelToken.none(), "Test");
    assertThat(firstRanOn[0]).isSameAs(Thread.currentThread());
    assertThat(delivered.getFirst()).isZero();
    assertThat(delivered).containsExactlyInAnyOrderElementsOf(PLAN.stream().map(b -> b * 10).toList());
    assertThat(deliveredOn).containsOnly(Thread.currentThread());
    assertThat(mostRunning.get()).isEqualTo(2);
    assertThat(idle).isGreaterThanOrEqualTo(Duration.ZERO);
  }

  @Test
  void aFailedBatchStopsTheHandOutAndIsThrownAfterTheOtherLaneEnds() {
    CountDownLatch otherLaneRuns = new CountDownLatch(1);
    assertThatThrownBy(() -> new LaneScheduler(twoLanes).run(PLAN, b -> {
      if (b == 1) {
        await(otherLaneRuns);
        throw new WorkbenchException("batch one broke");
      }
      if (b == 2) {
        otherLaneRuns.countDown();
        sleep(50);
      }
      return work(b);
    }, r -> { }, CancelToken.none(), "Test")).isInstanceOf(WorkbenchException.class).hasMessage("batch one broke");
    assertThat(events).contains("start 2").doesNotContain("start 3");
    assertThat(running.get()).isZero();
  }

  @Test
  void aFailedDeliveryStopsTheRunLikeAFailedBatch() {
    List<Integer> delivered = new ArrayList<>();
    assertThatThrownBy(() -> new LaneScheduler(twoLanes).run(PLAN, this::work, r -> {
      delivered.add(r);
      throw new WorkbenchException("listener broke");
    }, CancelToken.none(), "Test")).hasMessage("listener broke");
    assertThat(delivered).containsExactly(0);
    assertThat(events).containsExactly("start 0", "start 1");
    assertThat(running.get()).isZero();
  }

  @Test
  void aCancelStartsNothingMoreAndDeliversNothingMore() {
    CancelToken cancel = new CancelToken();
    List<Integer> delivered = new ArrayList<>();
    assertThatThrownBy(() -> new LaneScheduler(twoLanes).run(PLAN, b -> {
      if (b == 3) {
        cancel.cancel();
      }
      return work(b);
    }, delivered::add, cancel, "Test")).isInstanceOf(CancelledException.class).hasMessage("Test was cancelled");
    assertThat(events).doesNotContain("start 5", "start 6", "start 7", "start 8");
    assertThat(delivered).doesNotContain(30);
    assertThat(running.get()).isZero();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
