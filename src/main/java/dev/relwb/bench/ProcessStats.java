package dev.relwb.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/// Memory figures of this process, read from `/proc/self/status` (Linux; -1 elsewhere).
public final class ProcessStats {
  private static final Path STATUS = Path.of("/proc/self/status");

  private ProcessStats() { }

  /// Peak resident set size (`VmHWM`) in MiB, or -1 when unknown.
  public static double peakRssMb() {
    return field("VmHWM:");
  }

  /// Current resident set size (`VmRSS`) in MiB, or -1 when unknown.
  public static double rssMb() {
    return field("VmRSS:");
  }

  /// CPU time of the whole process (all threads) in nanoseconds, or -1 when unknown.
  public static long cpuNanos() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static double field(String name) {
    try {
      for (String line : Files.readAllLines(STATUS, StandardCharsets.UTF_8)) {
        if (line.startsWith(name)) {
          String kb = line.substring(name.length()).trim().toLowerCase(Locale.ROOT).replace("kb", "").trim();
          return Long.parseLong(kb) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
