package dev.relwb.search;

import dev.relwb.core.WorkbenchException;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/// Writes a TREC run file, one line per hit: `qid Q0 docid rank score tag`, scores with
/// `RunScores.DECIMALS` decimals. The caller passes entries already strictly decreasing
/// (see `RunScores`); this writer checks it, so a run that evaluation tools would re-order
/// is never written.
public final class TrecRunWriter implements Closeable {
  private final Path file;
  private final BufferedWriter out;
  private final String tag;

  /// Opens `file` for writing (replacing it); `tag` is the run name in the last column.
  public TrecRunWriter(Path file, String tag) {
    if (tag == null || tag.isBlank() || tag.chars().anyMatch(Character::isWhitespace)) {
      throw new WorkbenchException("The run tag must be one word without spaces, not '" + tag + "'");
    }
    this.file = file;
    this.tag = tag;
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot write the run file " + file + ": " + e.getMessage(), e);
    }
  }

  /// Writes the ranking of one topic.
  public void write(String queryId, List<RunScores.Entry> ranking) {
    try {
      double prev = Double.POSITIVE_INFINITY;
      int rank = 1;
      for (RunScores.Entry e : ranking) {
        if (!(e.score() < prev)) {
          throw new WorkbenchException("Internal error: scores of topic " + queryId + " are not strictly decreasing at "
              + e.docId());
        }
        prev = e.score();
        out.write(String.format(Locale.ROOT, "%s Q0 %s %d %." + RunScores.DECIMALS + "f %s%n",
            queryId, e.docId(), rank++, e.score(), tag));
      }
    } catch (IOException e) {
      throw new WorkbenchException("Writing the run file " + file + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new WorkbenchException("Writing the run file " + file + " failed: " + e.getMessage(), e);
    }
  }
}
