package dev.relwb.service;

import java.nio.file.Path;
import java.util.List;

/// What `relwb bench rerank` times.
///
/// @param workload         token-id workload file, or null for the bundled workload-100
/// @param model            a folder, `org/name` or `org/name@revision`, or null for a random checkpoint of
///                         the `random` shape (written once into the app cache)
/// @param threads          PyTorch threads in all (≤ 0 = all cores)
/// @param lanes            batch lanes (≤ 0 = automatic)
/// @param batchTokens      token budget per batch (≤ 0 = the app's)
/// @param reference        also score the workload the way sentence-transformers batches it
/// @param precision        `fp32`, `fp16`, `bf16` or `auto`
/// @param comparePrecision time fp32 and the reduced precision (`precision`, bf16 when that is fp32)
///                         interleaved, and measure how far the reduced logits and ranking are from fp32's
/// @param random           the `--random` shape when `model` is null (one of [#RANDOM_SHAPES]; null =
///                         xmod-base with two languages)
public record RerankBenchRequest(Path workload, String model, int threads, int lanes, int batchTokens,
    boolean reference, String precision, boolean comparePrecision, String random) {
  /// The `--random` values: bert-base, MiniLM-L6 (ms-marco), XLM-R base, XLM-R large (bge-reranker-v2-m3's
  /// shape) and xmod-base.
  public static final List<String> RANDOM_SHAPES = List.of("bert-base", "minilm-l6", "xlmr-base", "xlmr-large",
      "xmod-base");
}
