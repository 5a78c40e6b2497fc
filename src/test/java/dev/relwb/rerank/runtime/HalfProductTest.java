package dev.relwb.rerank.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/// The 16-bit conversions and MKL's mixed-precision products they feed: rounding to nearest even, and
/// products equal to the exact product of the rounded inputs (fp32 accumulation).
class HalfProductTest {
  @Test
  void bf16RoundsToNearestEven() {
    assertThat(HalfFloats.bf16(1.0f)).isEqualTo((short) 0x3F80);
    // 1 + 2^-8 lies halfway between 1 and 1 + 2^-7: ties go to the even mantissa (1.0)
    assertThat(HalfFloats.bf16(Float.intBitsToFloat(0x3F808000))).isEqualTo((short) 0x3F80);
    // 1 + 3·2^-8 is halfway between 1 + 2^-7 and 1 + 2^-6: ties go up to the even one
    assertThat(HalfFloats.bf16(Float.intBitsToFloat(0x3F818000))).isEqualTo((short) 0x3F82);
    assertThat(HalfFloats.bf16(Float.intBitsToFloat(0x3F808001))).isEqualTo((short) 0x3F81);
    assertThat(HalfFloats.fromBf16(HalfFloats.bf16(-2.5f))).isEqualTo(-2.5f);
  }

  @Test
  void segmentConversionsMatchTheScalarOnes() {
    SplittableRandom r = new SplittableRandom(3);
    int n = 1001;
    MemorySegment src = Arena.ofAuto().allocate(4L * n);
    MemorySegment bf = Arena.ofAuto().allocate(2L * n);
    MemorySegment f16 = Arena.ofAuto().allocate(2L * n);
    for (int i = 0; i < n; i++) {
      src.setAtIndex(ValueLayout.JAVA_FLOAT, i, (float) (r.nextGaussian() * Math.pow(10, r.nextInt(-3, 4))));
    }
    HalfFloats.toBf16(src, bf, n);
    HalfFloats.toF16(src, f16, n);
    for (int i = 0; i < n; i++) {
      float f = src.getAtIndex(ValueLayout.JAVA_FLOAT, i);
      assertThat(bf.getAtIndex(ValueLayout.JAVA_SHORT, i)).isEqualTo(HalfFloats.bf16(f));
      assertThat(f16.getAtIndex(ValueLayout.JAVA_SHORT, i)).isEqualTo(Float.floatToFloat16(f));
    }
  }

  @Test
  void mklProductsEqualTheExactProductOfTheRoundedInputs() {
    MklGemm mkl = MklGemm.get().orElseThrow();
    int m = 37;
    int n = 29;
    int k = 200;
    SplittableRandom r = new SplittableRandom(5);
    float[] a = new float[m * k];
    float[] b = new float[n * k];
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) r.nextGaussian();
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = (float) r.nextGaussian();
    }
    for (boolean bf16 : new boolean[] {true, false}) {
      MemorySegment a16 = half(a, bf16);
      MemorySegment b16 = half(b, bf16);
      MemorySegment c = Arena.ofAuto().allocate(4L * m * n);
      if (bf16) {
        mkl.bf16(m, n, k, a16, b16, c);
      } else {
        mkl.f16(m, n, k, a16, b16, c);
      }
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          double want = 0;
          for (int p = 0; p < k; p++) {
            want += (double) value(a16, i * k + p, bf16) * value(b16, j * k + p, bf16);
          }
          assertThat(c.getAtIndex(ValueLayout.JAVA_FLOAT, (long) i * n + j)).as("c[%d,%d] %s", i, j, bf16)
              .isCloseTo((float) want, within(1e-3f));
        }
      }
    }
  }

  private static MemorySegment half(float[] x, boolean bf16) {
    MemorySegment src = Arena.ofAuto().allocate(4L * x.length);
    MemorySegment.copy(x, 0, src, ValueLayout.JAVA_FLOAT, 0, x.length);
    MemorySegment out = Arena.ofAuto().allocate(2L * x.length);
    if (bf16) {
      HalfFloats.toBf16(src, out, x.length);
    } else {
      HalfFloats.toF16(src, out, x.length);
    }
    return out;
  }

  private static float value(MemorySegment h, int i, boolean bf16) {
    short s = h.getAtIndex(ValueLayout.JAVA_SHORT, i);
    return bf16 ? HalfFloats.fromBf16(s) : Float.float16ToFloat(s);
  }
}
