package dev.relwb.rerank;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/// A deterministic stand-in for the X-MOD network (the real one is tested by its golden files): the
/// logit of a row depends only on its ids and language, never on the batch. It counts calls and rows,
/// notes the threads it ran on, detects concurrent use, and can run a hook before each call.
public final class FakeCrossEncoderModel implements CrossEncoderModel {
  private final ModelIdentity identity;
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicInteger rows = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean overlapped;
  private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
  private final List<int[]> batchShapes = Collections.synchronizedList(new ArrayList<>());
  private volatile IntConsumer beforeCall = n -> { };
  private volatile boolean closed;

  /// A fake with languages en_XX (default) and fr_XX, max 512 tokens.
  public FakeCrossEncoderModel() {
    this("fake:1");
  }

  /// A fake with the given identity id.
  public FakeCrossEncoderModel(String id) {
    identity = new ModelIdentity(id, List.of("en_XX", "fr_XX"), "en_XX", 512, 1, "cpu()");
  }

  /// `model` and `tokenizer` as a loaded folder; languages resolve as given, blank = en_XX.
  public static LoadedModel loaded(CrossEncoderModel model, PairTokenizer tokenizer) {
    return new LoadedModel(model, tokenizer, s -> s == null || s.isBlank() ? "en_XX" : s,
        java.util.Map.of("en_XX", "English — en_XX", "fr_XX", "French — fr_XX"));
  }

  /// The logit the fake gives a row, whatever batch it is in.
  public static float expected(int[] ids, String lang) {
    long h = "fr_XX".equals(lang) ? 7 : 3;
    for (int i = 0; i < ids.length; i++) {
      h = h * 31 + ids[i] * (i + 1L);
    }
    return (Math.floorMod(h, 2001) - 1000) / 100f;
  }

  @Override
  public ModelIdentity identity() {
    return identity;
  }

  @Override
  public float[] logits(List<int[]> batch, List<String> langs) {
    if (inFlight.incrementAndGet() > 1) {
      overlapped = true;
    }
    try {
      threads.add(Thread.currentThread());
      int n = calls.incrementAndGet();
      beforeCall.accept(n);
      rows.addAndGet(batch.size());
      int longest = batch.stream().mapToInt(r -> r.length).max().orElse(0);
      batchShapes.add(new int[] {batch.size(), longest});
      float[] out = new float[batch.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = expected(batch.get(i), langs.get(i));
      }
      return out;
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /// Runs `hook` with the call number before every call (on the calling thread).
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

  /// Whether two calls ever overlapped in time.
  public boolean overlapped() {
    return overlapped;
  }

  public Set<Thread> threads() {
    return threads;
  }

  /// [rows, longest] of every call.
  public List<int[]> batchShapes() {
    return List.copyOf(batchShapes);
  }

  public boolean closed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
  }
}
