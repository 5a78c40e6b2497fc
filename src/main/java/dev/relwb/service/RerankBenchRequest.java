package dev.relwb.service;

import java.nio.file.Path;

/// What `relwb bench rerank` times.
///
/// @param workload         token-id workload file, or null for the bundled workload-100
/// @param model            a folder, `org/name` or `org/name@revision`, or null for a random xmod-base-shaped
///                         checkpoint with two languages (written once into the app cache)
/// @param threads          PyTorch threads in all (≤ 0 = all cores)
/// @param lanes            batch lanes (≤ 0 = automatic)
/// @param batchTokens      token budget per batch (≤ 0 = the app's)
/// @param reference        also score the workload the way sentence-transformers batches it
/// @param precision        `fp32`, `fp16`, `bf16` or `auto`
/// @param comparePrecision time fp32 and the reduced precision (`precision`, bf16 when that is fp32)
///                         interleaved, and measure how far the reduced logits and ranking are from fp32's
public record RerankBenchRequest(Path workload, String model, int threads, int lanes, int batchTokens,
    boolean reference, String precision, boolean comparePrecision) { }
