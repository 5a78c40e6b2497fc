/// Cross-encoder reranking, the top of `rerank..`: `CrossEncoderReranker` (tokenize, de-duplicate,
/// length-sorted token-budget batches from `BatchPlanner` run on the batch lanes by `LaneScheduler`,
/// streaming, cancellation), the `ScoreCache` (memory LRU + SQLite file), MaxP document scores, the
/// tokenizer glue (`PairTokenizer`, `EncodedPair`, and `HfPairTokenizer` over the model's
/// `tokenizer.json`) and model loading (`ModelLoader`, behind `ModelOpener`, builds a `LoadedModel` =
/// network + tokenizer from a Hugging Face model folder).
///
/// Only `rerank..` may import DJL, and no NDArray leaves it. Depends on `core`, `rerank.model`,
/// `rerank.runtime`, DJL (tokenizers, devices), sqlite-jdbc and SLF4J; nothing in `rerank.model` or
/// `rerank.runtime` depends on it.
package dev.relwb.rerank;
