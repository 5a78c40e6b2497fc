package dev.relwb.rerank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.rerank.runtime.CpuFeatures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/// What `--precision` resolves to: an explicit one as asked, `auto` fp32 on a GPU and on CPUs without
/// AMX-BF16, and bf16 on an AMX CPU only when it measures faster.
class PrecisionChoiceTest {
  private static final CpuFeatures AVX2 = new CpuFeatures("AMD EPYC", "AuthenticAMD", Set.of("avx2", "fma"));
  private static final CpuFeatures AMX = new CpuFeatures("Xeon", "GenuineIntel", Set.of("avx512f", "amx_bf16"));

  @Test
  void anExplicitPrecisionIsTakenAsAskedAndAnUnknownOneIsRefused() {
    for (String s : List.of("fp32", "FP16", " bf16 ")) {
      PrecisionChoice c = PrecisionChoice.of(s, false, AVX2);
      assertThat(c.precision()).isEqualTo(Precision.parse(s));
      assertThat(c.reason()).isEqualTo("asked for");
    }
    assertThat(PrecisionChoice.of(null, false, AMX).precision()).isEqualTo(Precision.FP32);
    assertThatThrownBy(() -> PrecisionChoice.of("int8", false, AMX))
        .hasMessageContaining("'int8'").hasMessageContaining("fp32, fp16, bf16 or auto");
  }

  @Test
  void autoIsFp32OnAGpuAndWithoutAmx() {
    assertThat(PrecisionChoice.of("auto", true, AMX))
        .isEqualTo(new PrecisionChoice(Precision.FP32, "auto: fp32 on the GPU"));
    assertThat(PrecisionChoice.of("auto", false, AVX2))
        .isEqualTo(new PrecisionChoice(Precision.FP32, "auto: fp32, this CPU has no AMX-BF16"));
  }

  @Test
  void autoOnAnAmxCpuFollowsTheMeasurement() {
    PrecisionChoice c = PrecisionChoice.of("auto", false, AMX);
    double speedup = PrecisionChoice.speedup(dev.relwb.rerank.runtime.MklGemm.get().orElseThrow());
    assertThat(speedup).isPositive();
    assertThat(c.precision()).isEqualTo(speedup >= PrecisionChoice.MIN_SPEEDUP ? Precision.BF16 : Precision.FP32);
    assertThat(c.reason()).startsWith("auto: ").contains(String.format(java.util.Locale.ROOT, "%.1f×", speedup));
  }
}
