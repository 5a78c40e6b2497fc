package dev.relwb.hub;

import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import java.time.Duration;
import java.util.Locale;

/// Counts downloaded bytes and reports them as `Progress` (bytes done of total, with rate and ETA
/// in the message), when a new file starts and at most every 200 ms within a file.
/// Not thread-safe: one download thread.
final class TransferMeter {
  private static final long REPORT_EVERY_NANOS = 200_000_000L;

  private final String task;
  private final long total;
  private final ProgressListener listener;
  private final long startNanos = System.nanoTime();
  private long done;
  private long lastReport;
  private String lastFile;

  TransferMeter(String task, long total, ProgressListener listener) {
    this.task = task;
    this.total = total;
    this.listener = listener;
  }

  /// Bytes transferred so far in this run.
  long done() {
    return done;
  }

  /// Adds `n` bytes of `file` and reports when due.
  void add(long n, String file) {
    done += n;
    long now = System.nanoTime();
    if (now - lastReport >= REPORT_EVERY_NANOS || !file.equals(lastFile)) {
      lastReport = now;
      lastFile = file;
      report(file);
    }
  }

  /// Reports the current state with a message naming `file`.
  void report(String file) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    Progress p = new Progress(task, done, total, elapsed, "");
    double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-3);
    Duration eta = p.eta();
    String msg = String.format(Locale.ROOT, "%s  %s / %s  %s/s  ETA %s", file, bytes(done), bytes(total),
        bytes((long) (done / seconds)), eta == null ? "?" : clock(eta));
    listener.onProgress(new Progress(task, done, total, elapsed, msg));
  }

  /// `1536` → `1.5 KB`; decimal-free below 1 KB.
  static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double v = n;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  private static String clock(Duration d) {
    long s = d.toSeconds();
    return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
