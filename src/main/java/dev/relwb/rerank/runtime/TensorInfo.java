package dev.relwb.rerank.runtime;

import java.util.Arrays;

/// One tensor entry of a validated safetensors header.
///
/// @param name  the tensor key, e.g. `roberta.embeddings.word_embeddings.weight`
/// @param dtype the element type
/// @param shape the dimensions (empty for a scalar)
/// @param begin first byte, relative to the start of the data region
/// @param end   one past the last byte, relative to the start of the data region
public record TensorInfo(String name, SafetensorsDtype dtype, long[] shape, long begin, long end) {
  /// Copies the shape.
  public TensorInfo {
    shape = shape.clone();
  }

  @Override
  public long[] shape() {
    return shape.clone();
  }

  /// Number of elements (product of the shape).
  public long elementCount() {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    return n;
  }

  /// Size in bytes in the file.
  public long byteLength() {
    return end - begin;
  }

  /// Size in bytes once widened to float32.
  public long float32Bytes() {
    return elementCount() * Float.BYTES;
  }

  /// The shape as `[a, b]`.
  public String shapeString() {
    return Arrays.toString(shape);
  }
}
