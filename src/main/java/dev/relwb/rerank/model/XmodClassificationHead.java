package dev.relwb.rerank.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import dev.relwb.rerank.runtime.WeightStore;

/// `XmodClassificationHead`, the same as `RobertaClassificationHead` / `XLMRobertaClassificationHead`
/// (no pooler): `out_proj(tanh(dense(x[:, 0])))` → `num_labels` logits per row.
final class XmodClassificationHead implements ClassifierHead {
  private final NDArray denseW; // [H, H]
  private final NDArray denseB; // [H]
  private final NDArray outW;   // [L, H]
  private final NDArray outB;   // [L]

  XmodClassificationHead(WeightStore w) {
    denseW = w.shared("classifier.dense.weight");
    denseB = w.shared("classifier.dense.bias");
    outW = w.shared("classifier.out_proj.weight");
    outB = w.shared("classifier.out_proj.bias");
  }

  /// `x` `[B, T', H]` → logits `[B, L]`.
  @Override
  public NDArray forward(NDArray x, ForwardState s) {
    NDArray first = x.get(new NDIndex(":, 0, :"));                                // [B, H]
    NDArray z = Ops.linear(first, denseW, denseB);                                // [B, H]
    s.trace().record("classifier.dense_output", z);
    return Ops.linear(z.tanh(), outW, outB);                                      // [B, L]
  }
}
