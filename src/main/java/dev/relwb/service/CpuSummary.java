package dev.relwb.service;

import dev.relwb.rerank.runtime.CpuFeatures;

/// This machine's CPU as the window and `relwb model info` show it.
///
/// @param description the model and the instruction sets that matter here, e.g.
///                    `Intel(R) Xeon(R) … (AVX2 FMA AVX-512 … AMX-BF16)`
/// @param brief       the widest vector unit and the matrix unit, e.g. `AVX-512 + AMX-BF16` or `AVX2`
/// @param auto        what `--precision auto` does on it, e.g. `fp32 (no AMX-BF16)`
public record CpuSummary(String description, String brief, String auto) {
  /// The CPU this process runs on (read once; the engine is not started).
  public static CpuSummary current() {
    CpuFeatures c = CpuFeatures.current();
    return new CpuSummary(c.describe(), c.brief(),
        c.amxBf16() ? "bf16 when it measures faster (AMX-BF16)" : "fp32 (no AMX-BF16)");
  }
}
