package dev.relwb.rerank;

import dev.relwb.rerank.model.CrossEncoderModel;
import dev.relwb.rerank.model.ModelIdentity;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/// Wraps a real model to count its calls and rows, note its threads, detect overlapping calls, and
/// run a hook before each call (to pause a job mid-way in cancellation tests).
public class CountingModel implements CrossEncoderModel {
  private final CrossEncoderModel inner;
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicInteger rows = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
  private volatile boolean overlapped;
  private volatile IntConsumer beforeCall = n -> { };
  private volatile Boolean parallel;

  public CountingModel(CrossEncoderModel inner) {
    this.inner = inner;
  }

  /// A loaded folder with its model wrapped.
  public static LoadedModel wrap(LoadedModel m) {
    return new LoadedModel(new CountingModel(m.model()), m.tokenizer(), m.languageResolver(), m.displayNames());
  }

  /// The wrapped model.
  protected CrossEncoderModel inner() {
    return inner;
  }

  @Override
  public ModelIdentity identity() {
    return inner.identity();
  }

  @Override
  public float[] logits(List<int[]> batch, List<String> langs) {
    if (inFlight.incrementAndGet() > 1) {
      overlapped = true;
    }
    try {
      threads.add(Thread.currentThread());
      beforeCall.accept(calls.incrementAndGet());
      rows.addAndGet(batch.size());
      return inner.logits(batch, langs);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  public void beforeCall(IntConsumer hook) {
    beforeCall = hook;
  }

  /// Forgets the counts so far (e.g. the warm-up call of a load).
  public void resetCounts() {
    calls.set(0);
    rows.set(0);
  }

  public int calls() {
    return calls.get();
  }

  public int rows() {
    return rows.get();
  }

  /// Makes [#parallelBatches()] answer `yes` (batch-lane tests); otherwise the inner model answers.
  public CountingModel parallel(boolean yes) {
    parallel = yes;
    return this;
  }

  @Override
  public boolean parallelBatches() {
    Boolean p = parallel;
    return p != null ? p : inner.parallelBatches();
  }

  public boolean overlapped() {
    return overlapped;
  }

  public Set<Thread> threads() {
    return threads;
  }

  @Override
  public dev.relwb.rerank.model.Precision precision() {
    return inner.precision();
  }

  @Override
  public void usePrecision(dev.relwb.rerank.model.Precision p) {
    inner.usePrecision(p);
  }

  @Override
  public void close() {
    inner.close();
  }
}
