package dev.relwb.rerank.model;

import static dev.relwb.rerank.model.XmodWeights.layer;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import dev.relwb.rerank.runtime.WeightStore;

/// `XmodIntermediate`: `gelu(dense(x))` with the exact erf GELU.
final class XmodIntermediate {
  private final NDArray w; // [I, H]
  private final NDArray b; // [I]

  XmodIntermediate(WeightStore ws, XmodConfig c, int i) {
    w = ws.shared(layer(c, i, "intermediate.dense.weight"));
    b = ws.shared(layer(c, i, "intermediate.dense.bias"));
  }

  /// `[B, T', H]` → `[B, T', I]`.
  NDArray forward(NDArray x, ForwardState s) {
    NDArray pre = s.matmul().linear(x, w, b);                                     // [B, T', I]
    NDArray out = Activation.gelu(pre);                                           // [B, T', I]
    pre.close();                                                                  // freed now, not at layer end
    return out;
  }
}
