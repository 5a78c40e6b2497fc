package dev.relwb.rerank.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import dev.relwb.rerank.runtime.WeightStore;

/// `BertPooler`: `tanh(dense(x[:, 0]))`, the first token (`[CLS]`) through `bert.pooler.dense`.
final class BertPooler {
  private final NDArray denseW; // [H, H]
  private final NDArray denseB; // [H]

  BertPooler(WeightStore w) {
    denseW = w.shared(XmodWeights.BERT + "pooler.dense.weight");
    denseB = w.shared(XmodWeights.BERT + "pooler.dense.bias");
  }

  /// `x` `[B, T', H]` → pooled `[B, H]`.
  NDArray forward(NDArray x, ForwardState s) {
    NDArray first = x.get(new NDIndex(":, 0, :"));                                // [B, H]
    NDArray z = Ops.linear(first, denseW, denseB);                                // [B, H]
    s.trace().record("pooler.dense_output", z);
    return z.tanh();                                                              // [B, H]
  }
}
