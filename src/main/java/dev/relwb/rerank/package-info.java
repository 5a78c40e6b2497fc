/// Cross-encoder reranking: the `Reranker` API, batching, truncation and the score cache, and
/// the contracts between the model and the runtime (`CrossEncoderModel`, `PairTokenizer`,
/// `EncodedPair`, `ModelIdentity`). `ModelLoader` builds a `LoadedModel` (network + tokenizer)
/// from a Hugging Face model folder. Only `rerank..` may import DJL, and no NDArray leaves it.
/// Depends on `core`, `rerank.model` and `rerank.runtime`.
package dev.relwb.rerank;
