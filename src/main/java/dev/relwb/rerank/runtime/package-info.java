/// Model runtime: the validated, memory-mapped safetensors reader (`SafetensorsFile`,
/// `SafetensorsHeader`, `Checkpoint` for single and sharded files) and writer, the `WeightStore`
/// (key/shape checks, lazy groups with an LRU, bytes materialized), the pair tokenizer over the
/// model's `tokenizer.json` (`HfPairTokenizer`), device and thread selection (`DeviceSelector`), the
/// single inference thread (`InferenceExecutor`), weight fingerprints and the rerank benchmark.
/// Knows nothing about X-MOD. Depends on `core`, the `rerank` contracts and DJL.
package dev.relwb.rerank.runtime;
