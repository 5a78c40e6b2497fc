package dev.relwb.rerank.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.relwb.rerank.runtime.HalfFloats;
import dev.relwb.rerank.runtime.MklGemm;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.LinkedHashMap;
import java.util.Map;

/// `x · wᵀ + b` with 16-bit inputs and fp32 accumulation through MKL ([MklGemm]): `x` is converted per
/// call into a scratch buffer of the calling thread, `w` on first use into a 16-bit copy kept in a cache
/// of the most recently used weights (the model's shared weights, about 170 MB for xmod-base, and the
/// adapters of the languages in use; a copy that falls out is made again when needed); the bias rides in
/// the product (see [#linear]). Used for bf16 (AMX on CPUs that have it) and fp16.
final class HalfMatmul implements Matmul {
  private static final long MIN_SCRATCH = 1 << 20;
  private static final int BIAS_COLUMNS = 2;
  private final MklGemm mkl;
  private final boolean bf16;
  private final Map<Key, MemorySegment> weights;
  private final ThreadLocal<MemorySegment[]> scratch = ThreadLocal.withInitial(() -> new MemorySegment[1]);

  /// Products with `precision` inputs through `mkl`, keeping up to `capacity` weight copies.
  HalfMatmul(MklGemm mkl, Precision precision, int capacity) {
    if (precision == Precision.FP32) {
      throw new IllegalArgumentException("fp32 products run in libtorch");
    }
    this.mkl = mkl;
    this.bf16 = precision == Precision.BF16;
    this.weights = new Lru(capacity);
  }

  /// The 16-bit format of the inputs.
  Precision precision() {
    return bf16 ? Precision.BF16 : Precision.FP16;
  }

  /// A weight as a map key: the same tensor object, not equal contents.
  private record Key(NDArray w) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.w == w;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(w);
    }
  }

  /// A map that drops its least recently used entry beyond `capacity`.
  private static final class Lru extends LinkedHashMap<Key, MemorySegment> {
    private final int capacity;

    Lru(int capacity) {
      super(16, 0.75f, true);
      this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, MemorySegment> eldest) {
      return size() > capacity;
    }
  }

  /// The bias rides in the product itself: each input row gets two more columns of 1, and each weight
  /// row two more columns with the bias split into a 16-bit high part and the 16-bit rest, so
  /// `[x, 1, 1] · [w, b_hi, b_lo]ᵀ = x · wᵀ + b` to about 16 bits of the bias, with no pass of its own.
  @Override
  public NDArray linear(NDArray x, NDArray w, NDArray b) {
    Shape xs = x.getShape();
    int k = (int) xs.get(xs.dimension() - 1);
    int rows = (int) (xs.size() / k);
    int n = (int) w.getShape().get(0);
    int kb = k + BIAS_COLUMNS;
    MemorySegment in = buffer((long) rows * kb);
    HalfFloats.toRows(MemorySegment.ofBuffer(x.toByteBuffer(true)), in, rows, k, kb, bf16);
    short one = HalfFloats.half(1f, bf16);
    for (long r = 0; r < rows; r++) {
      in.setAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, r * kb + k, one);
      in.setAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, r * kb + k + 1, one);
    }
    long[] dims = xs.getShape().clone();
    dims[dims.length - 1] = n;
    NDArray y = x.getManager().create(new Shape(dims));                          // [.., out], uninitialized
    MemorySegment out = MemorySegment.ofBuffer(y.toByteBuffer(true));
    if (bf16) {
      mkl.bf16(rows, n, kb, in, weight(w, b), out);
    } else {
      mkl.f16(rows, n, kb, in, weight(w, b), out);
    }
    return y;
  }

  /// The calling thread's scratch buffer for `n` 16-bit values (grown when needed, kept for reuse).
  private MemorySegment buffer(long n) {
    MemorySegment[] holder = scratch.get();
    if (holder[0] == null || holder[0].byteSize() < 2 * n) {
      holder[0] = Arena.ofAuto().allocate(Math.max(2 * n, MIN_SCRATCH), 64);
    }
    return holder[0];
  }

  /// The 16-bit copy of `w` `[n, k]` with the bias columns of `b` `[n]`, made on its first use.
  private MemorySegment weight(NDArray w, NDArray b) {
    synchronized (weights) {
      return weights.computeIfAbsent(new Key(w), key -> {
        int n = (int) w.getShape().get(0);
        int k = (int) w.getShape().get(1);
        int kb = k + BIAS_COLUMNS;
        MemorySegment copy = Arena.ofAuto().allocate(2L * n * kb, 64);
        HalfFloats.toRows(MemorySegment.ofBuffer(w.toByteBuffer(true)), copy, n, k, kb, bf16);
        float[] bias = b.toFloatArray();
        for (int r = 0; r < n; r++) {
          short hi = HalfFloats.half(bias[r], bf16);
          short lo = HalfFloats.half(bias[r] - HalfFloats.fromHalf(hi, bf16), bf16);
          copy.setAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, (long) r * kb + k, hi);
          copy.setAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, (long) r * kb + k + 1, lo);
        }
        return copy;
      });
    }
  }
}
