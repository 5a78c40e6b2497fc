package dev.relwb.rerank.model;

import ai.djl.ndarray.NDArray;

/// The sequence-classification head of a family: `XmodClassificationHead` (X-MOD, XLM-R, RoBERTa:
/// the same `classifier.dense` → tanh → `classifier.out_proj`) or `BertClassificationHead`
/// (`bert.pooler` → `classifier`). Both read only the first token.
interface ClassifierHead {
  /// `x` `[B, T', H]` → logits `[B, L]` (L = `num_labels`).
  NDArray forward(NDArray x, ForwardState s);
}
