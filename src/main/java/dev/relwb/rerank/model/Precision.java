package dev.relwb.rerank.model;

import dev.relwb.core.WorkbenchException;
import java.util.Locale;

/// How the encoder's large matrix products run (QKV, attention output, FFN in and out, the adapters' two
/// products). Everything else (embeddings, attention scores and softmax, layer norms, GELU and the
/// classification head) stays in fp32, and every product accumulates in fp32.
public enum Precision {
  /// fp32 inputs: libtorch's own GEMM. Matches the Hugging Face model to about 1e-6.
  FP32,
  /// IEEE half-precision inputs through MKL (`cblas_gemm_f16f16f32`).
  FP16,
  /// bfloat16 inputs through MKL (`cblas_gemm_bf16bf16f32`); AMX tiles on CPUs that have them.
  BF16;

  /// The lower-case name (`fp32`, `fp16`, `bf16`).
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /// Parses `fp32`, `fp16` or `bf16` (case-insensitive).
  public static Precision parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new WorkbenchException("Unknown precision '" + s + "': use fp32, fp16, bf16 or auto", e);
    }
  }
}
