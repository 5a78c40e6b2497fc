package dev.relwb.hub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.ToLongFunction;
import org.slf4j.LoggerFactory;

/// How hard a download tries: attempts per file (a broken connection is resumed with `Range`),
/// the pause before attempt n (`retryDelay × n`), how long a connection may deliver no data before
/// it counts as broken, and how free disk space is measured.
public record DownloadTuning(int maxAttempts, Duration retryDelay, Duration stallTimeout,
    ToLongFunction<Path> usableSpace) {

  /// 4 attempts, 2 s apart (growing), a stall after 60 s without data, the file store's usable space.
  public static final DownloadTuning DEFAULT =
      new DownloadTuning(4, Duration.ofSeconds(2), Duration.ofSeconds(60), DownloadTuning::usableBytes);

  /// Checks the values.
  public DownloadTuning {
    if (maxAttempts < 1 || retryDelay.isNegative() || stallTimeout.isNegative() || stallTimeout.isZero()) {
      throw new IllegalArgumentException("maxAttempts >= 1, retryDelay >= 0 and stallTimeout > 0 are required");
    }
  }

  /// A copy with another number of attempts.
  public DownloadTuning withMaxAttempts(int n) {
    return new DownloadTuning(n, retryDelay, stallTimeout, usableSpace);
  }

  private static long usableBytes(Path dir) {
    try {
      return Files.getFileStore(dir).getUsableSpace();
    } catch (IOException e) {
      LoggerFactory.getLogger(DownloadTuning.class).warn("Cannot tell the free space of {} ({}); not checking it",
          dir, e.toString());
      return Long.MAX_VALUE;
    }
  }
}
