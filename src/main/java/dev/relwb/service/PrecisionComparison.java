package dev.relwb.service;

/// fp32 against a reduced precision on the same workload, timed interleaved in one process
/// (`relwb bench rerank --compare-precision`), with what the reduced precision costs in accuracy.
/// The ranking figures treat the workload's pairs as one list ranked by logit.
///
/// @param reduced           the reduced precision (`bf16` or `fp16`)
/// @param rounds            timed passes of each precision (alternating, fp32 first)
/// @param fp32PairsPerS     mean pairs/s of the fp32 passes
/// @param reducedPairsPerS  mean pairs/s of the reduced passes
/// @param fp32CpuS          mean process CPU seconds of an fp32 pass
/// @param reducedCpuS       mean process CPU seconds of a reduced pass
/// @param maxAbsDeltaLogit  the largest |logit − fp32 logit|
/// @param meanAbsDeltaLogit the mean |logit − fp32 logit|
/// @param top10Overlap      the share of fp32's top 10 that is also in the reduced top 10
/// @param kendallTau        Kendall's τ-b between the two orders of all pairs
public record PrecisionComparison(String reduced, int rounds, double fp32PairsPerS, double reducedPairsPerS,
    double fp32CpuS, double reducedCpuS, double maxAbsDeltaLogit, double meanAbsDeltaLogit, double top10Overlap,
    double kendallTau) {
  /// reduced pairs/s ÷ fp32 pairs/s.
  public double speedup() {
    return reducedPairsPerS / fp32PairsPerS;
  }
}
