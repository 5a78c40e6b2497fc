/// Model runtime, the bottom of `rerank..`: the validated, memory-mapped safetensors reader
/// (`SafetensorsFile`, `SafetensorsHeader`, `Checkpoint` for single and sharded files) and writer,
/// the `WeightStore` (key/shape checks against `ExpectedWeights`, lazy groups with an LRU, bytes
/// materialized), device and thread selection (`DeviceSelector`), the single inference thread
/// (`InferenceExecutor`) and its batch lanes (`BatchLanes`), the MKL dispatch check, weight
/// fingerprints and model sizes for FLOP counts (`ModelShape`), the CPU's instruction sets
/// (`CpuFeatures`), MKL's 16-bit matrix products (`MklGemm`) and the fp32 → 16-bit conversion they
/// need (`HalfFloats`). Knows nothing about X-MOD or reranking.
///
/// Depends on `core` and DJL only; never on `rerank` or `rerank.model`.
package dev.relwb.rerank.runtime;
