package dev.relwb.rerank.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The CPU's model, vendor and instruction sets, from `/proc/cpuinfo` lines.
class CpuFeaturesTest {
  @Test
  void aSapphireRapidsLikeXeonHasAvx512Fp16AndAmx() {
    CpuFeatures c = CpuFeatures.parse(List.of("processor\t: 0", "vendor_id\t: GenuineIntel",
        "model name\t: Intel(R) Xeon(R) Platinum 8480+",
        "flags\t\t: fpu sse avx2 fma avx512f avx512_vnni avx512_bf16 avx512_fp16 amx_bf16 amx_tile amx_int8",
        "", "processor\t: 1", "model name\t: something else", "flags\t\t: fpu"));
    assertThat(c.model()).isEqualTo("Intel(R) Xeon(R) Platinum 8480+");
    assertThat(c.amd()).isFalse();
    assertThat(c.amxBf16()).isTrue();
    assertThat(c.instructionSets()).containsExactly("AVX2", "FMA", "AVX-512", "AVX512-VNNI", "AVX512-BF16",
        "AVX512-FP16", "AMX-BF16", "AMX-INT8");
    assertThat(c.describe()).isEqualTo("Intel(R) Xeon(R) Platinum 8480+ (AVX2 FMA AVX-512 AVX512-VNNI AVX512-BF16"
        + " AVX512-FP16 AMX-BF16 AMX-INT8)");
    assertThat(c.brief()).isEqualTo("AVX-512 + AMX-BF16");
  }

  @Test
  void anEpycHasAvx2AndNoAmx() {
    CpuFeatures c = CpuFeatures.parse(List.of("vendor_id\t: AuthenticAMD", "model name\t: AMD EPYC 7B13",
        "flags\t\t: fpu avx2 fma"));
    assertThat(c.amd()).isTrue();
    assertThat(c.amxBf16()).isFalse();
    assertThat(c.describe()).isEqualTo("AMD EPYC 7B13 (AVX2 FMA)");
    assertThat(c.brief()).isEqualTo("AVX2");
  }

  @Test
  void withoutCpuinfoNothingIsKnown() {
    CpuFeatures c = CpuFeatures.read(Path.of("/nonexistent/cpuinfo"));
    assertThat(c.model()).isEqualTo("unknown");
    assertThat(c.instructionSets()).isEmpty();
    assertThat(c.describe()).isEqualTo("unknown");
    assertThat(c.brief()).isEqualTo("unknown");
  }
}
