package dev.relwb.rerank.model;

import ai.djl.ndarray.NDArray;

/// Receives intermediate tensors of one forward pass, by the names of the reference debug dump
/// (`embedding_output`, `layer0.attention_output`, …, `layer1_output`, `classifier.dense_output`).
/// Implementations copy what they need at once: the tensor is freed after the call returns.
@FunctionalInterface
public interface XmodTrace {
  /// A trace that records nothing.
  XmodTrace NONE = (name, value) -> { };

  /// Called with each named intermediate.
  void record(String name, NDArray value);
}
