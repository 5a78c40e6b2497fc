/// Model runtime: the validated, memory-mapped safetensors reader, the weight store,
/// the tokenizer factory, device selection and the single inference thread.
/// Depends on `core` and DJL.
package dev.relwb.rerank.runtime;
