package dev.relwb.rerank.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/// Whether the launcher preloaded `librelwb-mkldispatch.so`, which lets libtorch's MKL use its
/// AVX2/FMA kernels on non-Intel CPUs (ADR 0008). Read from `/proc/self/maps`; Linux only.
public final class MklDispatch {
  /// The library's file name, as the launchers and the build name it.
  public static final String LIBRARY = "librelwb-mkldispatch.so";
  private static final Path MAPS = Path.of("/proc/self/maps");

  private MklDispatch() { }

  /// True when the library is mapped into this process.
  public static boolean loaded() {
    if (!Files.isReadable(MAPS)) {
      return false;
    }
    try (Stream<String> lines = Files.lines(MAPS, StandardCharsets.UTF_8)) {
      return lines.anyMatch(l -> l.endsWith("/" + LIBRARY));
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  /// One line for reports: which MKL kernel choice is in effect, given [#loaded()].
  public static String describe(boolean loaded) {
    return loaded ? "MKL, " + LIBRARY + " preloaded (AVX2/FMA kernels on any x86-64 vendor)"
        : "MKL, vendor-default kernel choice (" + LIBRARY + " not preloaded)";
  }
}
