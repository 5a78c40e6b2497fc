/// Cross-encoder reranking: the `Reranker` API, batching, truncation and the score cache.
/// Only `rerank..` may import DJL, and no NDArray leaves it. Depends on `core`,
/// `rerank.model` and `rerank.runtime`.
package dev.relwb.rerank;
