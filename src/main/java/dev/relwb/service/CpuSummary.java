package dev.relwb.service;

import dev.relwb.rerank.runtime.CpuFeatures;

/// This machine's CPU as the window shows it.
///
/// @param description the model and the instruction sets that matter here, e.g.
///                    `Intel(R) Xeon(R) … (AVX2 FMA AVX-512 … AMX-BF16)`
/// @param brief       the widest vector unit and the matrix unit, e.g. `AVX-512 + AMX-BF16` or `AVX2`
public record CpuSummary(String description, String brief) {
  /// The CPU this process runs on (read once).
  public static CpuSummary current() {
    CpuFeatures c = CpuFeatures.current();
    return new CpuSummary(c.describe(), c.brief());
  }
}
