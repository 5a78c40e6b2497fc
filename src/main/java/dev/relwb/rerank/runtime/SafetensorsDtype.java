package dev.relwb.rerank.runtime;

import java.util.Locale;
import java.util.Optional;

/// The element types a safetensors header may name, with their byte sizes.
///
/// Only `F32`, `F16` and `BF16` can become model weights (all are widened to float32);
/// the others are recognised so that extra tensors (e.g. an int64 `position_ids`) can be skipped.
public enum SafetensorsDtype {
  BOOL(1), U8(1), I8(1), F8_E5M2(1), F8_E4M3(1),
  I16(2), U16(2), F16(2), BF16(2),
  I32(4), U32(4), F32(4),
  I64(8), U64(8), F64(8);

  private final int byteSize;

  SafetensorsDtype(int byteSize) {
    this.byteSize = byteSize;
  }

  /// Bytes per element.
  public int byteSize() {
    return byteSize;
  }

  /// Whether tensors of this type can be loaded as float32 weights.
  public boolean isFloatWeight() {
    return this == F32 || this == F16 || this == BF16;
  }

  /// The dtype spelled exactly as in a safetensors header (`"F32"`), if known.
  public static Optional<SafetensorsDtype> parse(String name) {
    for (SafetensorsDtype d : values()) {
      if (d.name().equals(name)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return name().toUpperCase(Locale.ROOT);
  }
}
