package dev.relwb.service;

/// Figures of `relwb bench rerank` (field meanings as in the README's benchmark section).
///
/// @param pairs              pairs scored
/// @param realTokens         tokens of the pairs, specials included
/// @param paddedTokens       tokens computed, padding included
/// @param batches            model batches
/// @param seconds            wall time of the timed run
/// @param pairsPerS          pairs per second
/// @param realTokensPerS     real tokens per second
/// @param effectiveGflopPerS useful matmul GFLOP (real tokens only) per second
/// @param firstBatchS        seconds to the first batch's scores
/// @param warmupS            seconds of the untimed warm-up pass over the whole workload (the app's
///                           first rerank after start)
/// @param loadS              seconds to load (or build) the model
/// @param rssMb              peak resident memory of the process, MiB
/// @param threads            PyTorch threads in all
/// @param lanes              batches that ran at once (ADR 0009)
/// @param device             where it ran
/// @param batchTokens        token budget per batch
/// @param firstBatchTokens   token budget of the first batch
/// @param model              what was benchmarked (folder or `random xmod-base`)
/// @param cpuS               process CPU seconds of the timed run (meaningful on a busy machine)
/// @param laneIdleS          lane seconds with no batch to run (the tail of the run); 0 with one lane
/// @param cpuKernels         which matmul kernels were in effect, in words
/// @param mklDispatch        whether the MKL CPU-dispatch library was preloaded (ADR 0008)
/// @param referencePairsPerS pairs/s of the reference batching (input order, batches of 32), 0 if not run
/// @param referencePadded    tokens the reference batching computed, 0 if not run
/// @param precision          how the encoder's large products ran in the timed pass (`fp32`, `fp16`, `bf16`)
/// @param precisionReason    why that precision (e.g. `auto: AMX-BF16, …`)
/// @param cpu                the CPU and the instruction sets it has
/// @param comparison         fp32 against the reduced precision, or null when not asked for
public record RerankBenchReport(int pairs, long realTokens, long paddedTokens, int batches, double seconds,
                                double pairsPerS, double realTokensPerS, double effectiveGflopPerS,
                                double firstBatchS, double warmupS, double loadS, double rssMb, int threads,
                                int lanes, String device, int batchTokens, int firstBatchTokens, String model,
                                double cpuS, double laneIdleS, String cpuKernels, boolean mklDispatch,
                                double referencePairsPerS, long referencePadded, String precision,
                                String precisionReason, String cpu, PrecisionComparison comparison) { }
