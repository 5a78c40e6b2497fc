package dev.relwb.rerank.model;

import static dev.relwb.rerank.model.XmodWeights.layer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import dev.relwb.rerank.runtime.WeightStore;

/// `XmodAttention` = self-attention + `XmodSelfOutput` (dense, residual, LayerNorm).
/// Post-norm: `LN(dense(ctx) + x)`. Pre-norm: attention reads `LN(x)` and the output is
/// `dense(ctx) + x` without a LayerNorm after the add.
final class XmodAttention {
  private final XmodSelfAttention self;
  private final NDArray denseW; // [H, H]
  private final NDArray denseB; // [H]
  private final NDArray lnW;    // [H]
  private final NDArray lnB;    // [H]
  private final float eps;
  private final boolean preNorm;

  XmodAttention(WeightStore w, XmodConfig c, int i) {
    self = new XmodSelfAttention(w, c, i);
    denseW = w.shared(layer(c, i, "attention.output.dense.weight"));
    denseB = w.shared(layer(c, i, "attention.output.dense.bias"));
    lnW = w.shared(layer(c, i, "attention.output.LayerNorm.weight"));
    lnB = w.shared(layer(c, i, "attention.output.LayerNorm.bias"));
    eps = (float) c.layerNormEps();
    preNorm = c.preNorm();
  }

  /// `x` `[B, T, H]` → attention output `[B, T', H]`.
  NDArray forward(NDArray x, ForwardState s) {
    NDArray residual = s.firstOnly() ? x.get(new NDIndex(":, 0:1, :")) : x;          // [B, T', H]
    NDArray in = preNorm ? Ops.layerNorm(x, lnW, lnB, eps) : x;                   // [B, T, H]
    NDArray ctx = self.forward(in, s);                                            // [B, T', H]
    NDArray out = s.matmul().linear(ctx, denseW, denseB).addi(residual);          // [B, T', H]
    return preNorm ? out : Ops.layerNorm(out, lnW, lnB, eps);                     // [B, T', H]
  }
}
