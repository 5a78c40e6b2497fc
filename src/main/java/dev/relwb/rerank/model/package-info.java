/// The X-MOD network (mono-XM, `XmodForSequenceClassification`) written on DJL NDArray ops, and the
/// contract it fulfils: `CrossEncoderModel` (token-id rows → logits) with its `ModelIdentity`.
/// One block per file, named after the Hugging Face classes: `XmodEmbeddings`, `XmodSelfAttention`,
/// `XmodAttention`, `XmodIntermediate`, `XmodOutput` (adapter routing), `XmodAdapter`, `XmodLayer`,
/// `XmodEncoder`, `XmodClassificationHead`, `XmodCrossEncoder`. Each block's `forward(x, state)`
/// takes the hidden states and the per-call `ForwardState` (attention mask, row languages and their
/// groups, adapter weights, the first-only cut, the trace), built once per batch. Beside them:
/// `XmodConfig` (config.json), `XmodWeights` (checkpoint key names and shapes), `XmodBatch` (padding,
/// positions, mask), `Languages` (codes, user input, display names) and `RandomXmodCheckpoint`
/// (random checkpoints of any config for tests and benchmarks).
///
/// Depends on `core`, `rerank.runtime` (weights, safetensors) and DJL; never on `rerank`.
package dev.relwb.rerank.model;
