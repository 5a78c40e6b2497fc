package dev.relwb.rerank.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.relwb.rerank.runtime.CpuFeatures;
import dev.relwb.rerank.runtime.MklGemm;
import java.util.Locale;
import java.util.Optional;

/// The precision a model runs in, from what the user asked: `fp32`, `fp16`, `bf16`, or `auto`. `auto`
/// picks bf16 only where it measures faster: a CPU with AMX-BF16 whose libtorch has MKL's bf16 product,
/// after timing one encoder-sized product both ways on the calling (inference) thread; everywhere else
/// fp32. The timing is done once per process.
///
/// @param precision what the model will run in
/// @param reason    why, in words, e.g. `auto: AMX-BF16, bf16 products 4.9× faster than fp32 here`
public record PrecisionChoice(Precision precision, String reason) {
  /// bf16 must be at least this much faster on the probe for `auto` to take it.
  static final double MIN_SPEEDUP = 1.5;
  private static volatile Double measured;

  /// The choice for `requested` (`auto` or a precision; null or blank = `fp32`) on a CPU (`gpu` false) or
  /// a GPU.
  public static PrecisionChoice of(String requested, boolean gpu, CpuFeatures cpu) {
    if (!isAuto(requested)) {
      return new PrecisionChoice(requested == null || requested.isBlank() ? Precision.FP32
          : Precision.parse(requested), "asked for");
    }
    if (gpu) {
      return new PrecisionChoice(Precision.FP32, "auto: fp32 on the GPU");
    }
    if (!cpu.amxBf16()) {
      return new PrecisionChoice(Precision.FP32, "auto: fp32, this CPU has no AMX-BF16");
    }
    Optional<MklGemm> mkl = MklGemm.get();
    if (mkl.isEmpty()) {
      return new PrecisionChoice(Precision.FP32, "auto: fp32, this libtorch has no MKL bf16 product");
    }
    double speedup = speedup(mkl.get());
    String figure = String.format(Locale.ROOT, "%.1f×", speedup);
    return speedup >= MIN_SPEEDUP
        ? new PrecisionChoice(Precision.BF16, "auto: AMX-BF16, bf16 products " + figure + " as fast as fp32 here")
        : new PrecisionChoice(Precision.FP32, "auto: fp32, bf16 products measured only " + figure + " as fast");
  }

  /// Whether `requested` is `auto` (any case, surrounding blanks ignored).
  public static boolean isAuto(String requested) {
    return requested != null && requested.strip().equalsIgnoreCase("auto");
  }

  /// How much faster one `[1024, 768] · [3072, 768]ᵀ` product runs with bf16 inputs than in fp32 (best of
  /// three each, after one untimed run), measured once.
  static synchronized double speedup(MklGemm mkl) {
    if (measured == null) {
      try (NDManager m = Engine.getEngine("PyTorch").newBaseManager()) {
        NDArray x = m.randomNormal(new Shape(1024, 768));
        NDArray w = m.randomNormal(new Shape(3072, 768));
        NDArray b = m.zeros(new Shape(3072));
        double fp32 = best(Matmul.FP32, x, w, b);
        double bf16 = best(new HalfMatmul(mkl, Precision.BF16, 1), x, w, b);
        measured = fp32 / bf16;
      }
    }
    return measured;
  }

  private static double best(Matmul mm, NDArray x, NDArray w, NDArray b) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      long t = System.nanoTime();
      try (NDArray y = mm.linear(x, w, b)) {
        y.getShape();
      }
      if (i > 0) {
        best = Math.min(best, System.nanoTime() - t);
      }
    }
    return best;
  }
}
