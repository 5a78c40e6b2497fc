package dev.relwb.rerank.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;

/// The few fused primitives the blocks share. Every result belongs to the manager of the first
/// (activation) argument, never to the weights' manager, so per-layer scopes free them.
final class Ops {
  private Ops() { }

  /// `x · wᵀ + b` with `w` stored as (out features, in features), the checkpoint's layout (addmm).
  static NDArray linear(NDArray x, NDArray w, NDArray b) {
    return Linear.linear(x, w, b).singletonOrThrow();
  }

  /// Layer norm over the last axis with biased variance: `(x − mean)/sqrt(var + eps)·w + b`.
  static NDArray layerNorm(NDArray x, NDArray w, NDArray b, float eps) {
    return LayerNorm.layerNorm(x, new Shape(w.getShape().get(0)), w, b, eps).singletonOrThrow();
  }
}
