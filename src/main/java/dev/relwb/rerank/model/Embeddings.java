package dev.relwb.rerank.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/// The embeddings block of a family: `XmodEmbeddings` (X-MOD, XLM-R, RoBERTa) or `BertEmbeddings`.
interface Embeddings {
  /// Embeds the padded batch into `[B, T, H]`; every result belongs to `scope`.
  NDArray forward(NDManager scope, XmodBatch b);
}
