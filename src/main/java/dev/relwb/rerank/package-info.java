/// Cross-encoder reranking: the contracts between the model and the runtime (`CrossEncoderModel`,
/// `PairTokenizer`, `EncodedPair`, `ModelIdentity`); `ModelLoader` builds a `LoadedModel` (network +
/// tokenizer) from a Hugging Face model folder; `CrossEncoderReranker` (tokenize, de-duplicate,
/// length-sorted token-budget batches, streaming, cancellation), the `ScoreCache` (memory LRU + SQLite
/// file), MaxP document scores and the benchmarks. Only `rerank..` may import DJL, and no NDArray
/// leaves it. Depends on `core`, `rerank.model`, `rerank.runtime`, sqlite-jdbc and SLF4J.
package dev.relwb.rerank;
