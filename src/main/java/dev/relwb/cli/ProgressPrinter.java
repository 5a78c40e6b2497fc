package dev.relwb.cli;

import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/// Prints job progress on stderr, the one progress format of the CLI:
/// `task: done/total (pct%) message [elapsed s, ETA s]`.
///
/// On a terminal the line is rewritten in place (`\r`, at most 5 times a second); otherwise (a pipe
/// or a log file) a full line is printed at most once a second. The last report is always printed.
/// `close()` ends an in-place line. A job whose message already says how long is left (e.g. the
/// reranker's token-based estimate) gets no second, count-based ETA.
final class ProgressPrinter implements ProgressListener, AutoCloseable {
  private final PrintWriter err;
  private final boolean interactive;
  private final long everyNanos;
  private long lastPrint = Long.MIN_VALUE;
  private boolean inPlacePending;
  private int lastWidth;

  /// A printer that rewrites in place when stderr is a terminal.
  ProgressPrinter(PrintWriter err) {
    this(err, System.console() != null);
  }

  /// A printer with the terminal mode chosen by the caller.
  ProgressPrinter(PrintWriter err, boolean interactive) {
    this.err = err;
    this.interactive = interactive;
    this.everyNanos = interactive ? 200_000_000L : 1_000_000_000L;
  }

  @Override
  public void onProgress(Progress p) {
    long now = System.nanoTime();
    boolean finished = p.total() > 0 && p.done() >= p.total();
    if (!finished && lastPrint != Long.MIN_VALUE && now - lastPrint < everyNanos) {
      return;
    }
    lastPrint = now;
    String text = format(p);
    if (interactive) {
      err.print("\r" + text + " ".repeat(Math.max(0, lastWidth - text.length())));
      lastWidth = text.length();
      inPlacePending = true;
    } else {
      err.println(text);
    }
    err.flush();
  }

  /// The text of one report.
  static String format(Progress p) {
    StringBuilder sb = new StringBuilder(p.task()).append(':');
    if (p.total() > 0) {
      sb.append(String.format(Locale.ROOT, " %d/%d (%.0f%%)", p.done(), p.total(), 100 * p.fraction()));
    } else if (p.done() > 0 && (p.message() == null || p.message().isBlank())) {
      sb.append(' ').append(p.done());
    }
    if (p.message() != null && !p.message().isBlank()) {
      sb.append(' ').append(p.message());
    }
    sb.append(String.format(Locale.ROOT, " [%.1f s", p.elapsed().toMillis() / 1000.0));
    boolean ownEta = p.message() != null && p.message().contains(" left");
    if (!ownEta && p.eta() != null && p.total() > 0 && p.done() < p.total()) {
      sb.append(String.format(Locale.ROOT, ", ETA %.0f s", p.eta().toMillis() / 1000.0));
    }
    return sb.append(']').toString();
  }

  /// Ends the in-place line, if one is open.
  void finish() {
    if (inPlacePending) {
      err.println();
      err.flush();
      inPlacePending = false;
    }
  }

  @Override
  public void close() {
    finish();
  }
}
