package dev.relwb.rerank.runtime;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/// fp32 → 16-bit float conversion of native memory, for the inputs of [MklGemm]: bfloat16 (the upper
/// half of the fp32 bits, rounded to nearest even) and IEEE half precision (`Float.floatToFloat16`,
/// round to nearest even). Plain loops: the conversion is bound by memory bandwidth, about 1 G floats
/// per second and thread here, so the Vector API measured no faster.
public final class HalfFloats {
  private static final ValueLayout.OfInt BITS = ValueLayout.JAVA_INT_UNALIGNED;
  private static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED;
  private static final ValueLayout.OfShort HALF = ValueLayout.JAVA_SHORT_UNALIGNED;

  private HalfFloats() { }

  /// The bfloat16 bits of `f`, rounded to nearest even (`f` finite).
  public static short bf16(float f) {
    int bits = Float.floatToRawIntBits(f);
    return (short) ((bits + 0x7FFF + ((bits >>> 16) & 1)) >>> 16);
  }

  /// The float a bfloat16 stands for.
  public static float fromBf16(short h) {
    return Float.intBitsToFloat((h & 0xFFFF) << 16);
  }

  /// Writes the first `n` floats of `src` as bfloat16 into `dst` (`2n` bytes).
  public static void toBf16(MemorySegment src, MemorySegment dst, long n) {
    for (long i = 0; i < n; i++) {
      int bits = src.getAtIndex(BITS, i);
      dst.setAtIndex(HALF, i, (short) ((bits + 0x7FFF + ((bits >>> 16) & 1)) >>> 16));
    }
  }

  /// Writes the first `n` floats of `src` as IEEE half-precision floats into `dst` (`2n` bytes).
  public static void toF16(MemorySegment src, MemorySegment dst, long n) {
    for (long i = 0; i < n; i++) {
      dst.setAtIndex(HALF, i, Float.floatToFloat16(src.getAtIndex(F32, i)));
    }
  }
}
