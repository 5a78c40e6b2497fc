package dev.relwb.rerank.model;

import ai.djl.ndarray.NDArray;

/// How a block computes `x · wᵀ + b` for its large weights (`w` `[out, in]`, the checkpoint's layout):
/// libtorch in fp32 ([#FP32]), or MKL with 16-bit inputs ([HalfMatmul]). Thread-safe; results belong
/// to the manager of `x`.
interface Matmul {
  /// libtorch's fp32 addmm.
  Matmul FP32 = Ops::linear;

  /// `x` `[…, in]` → `[…, out]`.
  NDArray linear(NDArray x, NDArray w, NDArray b);
}
