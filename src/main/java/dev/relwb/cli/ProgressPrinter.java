package dev.relwb.cli;

import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/// Prints progress as one updating line on stderr (at most 5 times a second), e.g.
/// `Indexing: 12000 documents, 13400 passages, 2 skipped  [4.1 s]`.
final class ProgressPrinter implements ProgressListener, AutoCloseable {
  private final PrintWriter err;
  private long last;
  private boolean printed;

  ProgressPrinter(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void onProgress(Progress p) {
    long now = System.nanoTime();
    if (now - last < 200_000_000L && p.done() != p.total()) {
      return;
    }
    last = now;
    String count = p.total() > 0 ? String.format(Locale.ROOT, "%d/%d (%.0f%%)", p.done(), p.total(),
        100 * p.fraction()) : "";
    String eta = p.eta() == null ? "" : String.format(Locale.ROOT, ", ETA %.0f s", p.eta().toMillis() / 1000.0);
    err.print(String.format(Locale.ROOT, "\r%s: %s %s  [%.1f s%s]   ", p.task(), count, p.message(),
        p.elapsed().toMillis() / 1000.0, eta));
    err.flush();
    printed = true;
  }

  /// Ends the progress line.
  @Override
  public void close() {
    if (printed) {
      err.println();
      err.flush();
    }
  }
}
