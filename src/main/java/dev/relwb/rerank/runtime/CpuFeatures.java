package dev.relwb.rerank.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/// What the CPU can do, read from `/proc/cpuinfo` (Linux; elsewhere nothing is known): its model name,
/// vendor, and the instruction sets the reranker cares about (AVX2, AVX-512, AVX512-FP16, AVX512-BF16,
/// AMX, VNNI).
///
/// @param model  the model name, e.g. `Intel(R) Xeon(R) Platinum 8480+`, or `unknown`
/// @param vendor `GenuineIntel`, `AuthenticAMD`, …, or `unknown`
/// @param flags  the kernel's CPU flags (lower case)
public record CpuFeatures(String model, String vendor, Set<String> flags) {
  private static final Path CPUINFO = Path.of("/proc/cpuinfo");
  /// Flag → the name people use, in the order they are shown.
  private static final Map<String, String> SHOWN = new LinkedHashMap<>();

  static {
    SHOWN.put("avx2", "AVX2");
    SHOWN.put("fma", "FMA");
    SHOWN.put("avx512f", "AVX-512");
    SHOWN.put("avx512_vnni", "AVX512-VNNI");
    SHOWN.put("avx_vnni", "AVX-VNNI");
    SHOWN.put("avx512_bf16", "AVX512-BF16");
    SHOWN.put("avx512_fp16", "AVX512-FP16");
    SHOWN.put("amx_bf16", "AMX-BF16");
    SHOWN.put("amx_int8", "AMX-INT8");
    SHOWN.put("amx_fp16", "AMX-FP16");
  }

  private static volatile CpuFeatures current;

  /// Copies the flags.
  public CpuFeatures {
    flags = Set.copyOf(flags);
  }

  /// This machine's CPU (read once).
  public static CpuFeatures current() {
    CpuFeatures c = current;
    if (c == null) {
      c = read(CPUINFO);
      current = c;
    }
    return c;
  }

  /// The CPU described by a `/proc/cpuinfo`-style file; an unreadable one gives an unknown CPU.
  public static CpuFeatures read(Path cpuinfo) {
    try {
      return parse(Files.readAllLines(cpuinfo, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new CpuFeatures("unknown", "unknown", Set.of());
    }
  }

  /// The CPU of the first processor block of `/proc/cpuinfo` lines.
  public static CpuFeatures parse(List<String> lines) {
    String model = "unknown";
    String vendor = "unknown";
    Set<String> flags = new TreeSet<>();
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      if (key.equals("model name") && model.equals("unknown")) {
        model = value;
      } else if (key.equals("vendor_id") && vendor.equals("unknown")) {
        vendor = value;
      } else if (key.equals("flags") && flags.isEmpty()) {
        flags.addAll(Arrays.asList(value.toLowerCase(Locale.ROOT).split("\\s+")));
      }
    }
    return new CpuFeatures(model, vendor, flags);
  }

  /// Whether the kernel lists `flag` (e.g. `amx_bf16`).
  public boolean has(String flag) {
    return flags.contains(flag);
  }

  /// Whether the CPU has AMX tiles for bf16 (Sapphire Rapids and later), where bf16 matrix products run
  /// several times faster than fp32 ones.
  public boolean amxBf16() {
    return has("amx_bf16");
  }

  /// Whether this is an AMD CPU (where MKL needs the dispatch library, ADR 0008).
  public boolean amd() {
    return vendor.equals("AuthenticAMD");
  }

  /// The instruction sets that matter here, e.g. `AVX2 FMA AVX-512 AVX512-BF16 AMX-BF16`.
  public List<String> instructionSets() {
    List<String> out = new ArrayList<>();
    SHOWN.forEach((flag, name) -> {
      if (has(flag)) {
        out.add(name);
      }
    });
    return out;
  }

  /// The widest vector unit and the matrix unit, for a status bar: `AVX-512 + AMX-BF16`, `AVX-512`,
  /// `AVX2`, or `no AVX2` (or `unknown` when nothing is known).
  public String brief() {
    if (flags.isEmpty()) {
      return "unknown";
    }
    String vector = has("avx512f") ? "AVX-512" : has("avx2") ? "AVX2" : "no AVX2";
    return amxBf16() ? vector + " + AMX-BF16" : vector;
  }

  /// `model (ISA list)`, e.g. `Intel(R) Xeon(R) Processor (AVX2 FMA AVX-512 … AMX-BF16)`.
  public String describe() {
    List<String> isa = instructionSets();
    return model + (isa.isEmpty() ? "" : " (" + String.join(" ", isa) + ")");
  }
}
