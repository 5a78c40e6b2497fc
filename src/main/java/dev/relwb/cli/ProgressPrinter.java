package dev.relwb.cli;

import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import java.io.PrintWriter;

/// Prints job progress on stderr: on a terminal one line rewritten in place (`\r`), otherwise
/// (a pipe or a log) a line at most once a second. `finish()` ends the line.
final class ProgressPrinter implements ProgressListener {
  private static final long LINE_EVERY_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final boolean interactive;
  private long lastLine = System.nanoTime() - LINE_EVERY_NANOS;
  private int lastWidth;
  private Progress last;

  ProgressPrinter(PrintWriter err, boolean interactive) {
    this.err = err;
    this.interactive = interactive;
  }

  @Override
  public void onProgress(Progress p) {
    last = p;
    String text = p.message().isEmpty() ? p.task() + " " + p.done() + "/" + p.total() : p.message();
    if (interactive) {
      err.print("\r" + text + " ".repeat(Math.max(0, lastWidth - text.length())));
      lastWidth = text.length();
      err.flush();
    } else if (System.nanoTime() - lastLine >= LINE_EVERY_NANOS || p.total() > 0 && p.done() >= p.total()) {
      lastLine = System.nanoTime();
      err.println(text);
      err.flush();
    }
  }

  /// Ends the progress line, if one was printed in place.
  void finish() {
    if (interactive && last != null) {
      err.println();
      err.flush();
    }
  }
}
