package dev.relwb.cli;

import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/// Prints progress of a long job on stderr, at most once a second and once at the end.
final class StderrProgress implements ProgressListener {
  private final PrintWriter err;
  private long lastPrint;

  StderrProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void onProgress(Progress p) {
    long now = System.nanoTime();
    boolean finished = p.total() > 0 && p.done() >= p.total();
    if (!finished && now - lastPrint < 1_000_000_000L) {
      return;
    }
    lastPrint = now;
    err.printf(Locale.ROOT, "%s: %d/%d (%.0f%%) %s%n", p.task(), p.done(), p.total(), 100 * Math.max(0, p.fraction()),
        p.message());
    err.flush();
  }
}
