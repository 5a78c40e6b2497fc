/// Model runtime: the validated, memory-mapped safetensors reader, the weight store,
/// the tokenizer factory, device selection (`DeviceSelector`), the single inference thread
/// (`InferenceExecutor`) and the rerank benchmark. Depends on `core`, `rerank` and DJL.
package dev.relwb.rerank.runtime;
