/// Cross-encoder reranking: the model/tokenizer contract (`CrossEncoderModel`, `PairTokenizer`),
/// `CrossEncoderReranker` (tokenize, de-duplicate, length-sorted token-budget batches, streaming,
/// cancellation), the `ScoreCache` (memory LRU + SQLite file) and MaxP document scores.
/// Only `rerank..` may import DJL, and no NDArray leaves it. Depends on `core`, sqlite-jdbc and SLF4J;
/// `rerank.model` and `rerank.runtime` build on it.
package dev.relwb.rerank;
