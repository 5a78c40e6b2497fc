package dev.relwb.cli;

import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/// Prints progress reports as lines on stderr: `task done/total, elapsed, message`.
final class StderrProgress implements ProgressListener {
  private final PrintWriter err;

  StderrProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void onProgress(Progress p) {
    String total = p.total() > 0 ? "/" + p.total() : "";
    err.println(String.format(Locale.ROOT, "%s %d%s, %.1f s%s", p.task(), p.done(), total,
        p.elapsed().toMillis() / 1000.0, p.message() == null || p.message().isBlank() ? "" : ", " + p.message()));
    err.flush();
  }
}
