package dev.relwb.eval;

import dev.relwb.core.Ranking;
import dev.relwb.core.ScoredHit;
import dev.relwb.core.WorkbenchException;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.regex.Pattern;

/// The one TREC run writer: `qid Q0 docid rank score tag` per hit, topic by topic, so a long run is
/// never held in memory. Each ranking is written in the order shown, with the scores of
/// [#shownOrderScores]: tools that re-sort by score and break ties by document id (`trec_eval`) read
/// back exactly the order the user saw. The rank column is the position 1, 2, 3, …
///
/// Lines go to `FILE.partial`; [#commit] moves it over `FILE` in one step, and closing without a commit
/// (a failed or cancelled run) deletes it, so an earlier run file of that name is never half overwritten.
public final class TrecRunWriter implements Closeable {
  /// Decimals written per score: the grid of the tie rule.
  public static final int DECIMALS = 6;
  private static final double SCALE = 1e6;
  private static final String LINE = "%s Q0 %s %d %." + DECIMALS + "f %s%n";
  private static final Pattern WS = Pattern.compile("\\s+");
  private final Path file;
  private final Path partial;
  private final BufferedWriter out;
  private final String tag;
  private boolean committed;

  /// Opens `file` for writing (it is replaced on [#commit], creating its folder); `tag` is the run name in
  /// the last column (white space becomes `_`; empty gives `relwb`).
  public TrecRunWriter(Path file, String tag) {
    this.file = file;
    this.partial = file.resolveSibling(file.getFileName() + ".partial");
    this.tag = cleanTag(tag);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      this.out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot write the run file " + file + ": " + e.getMessage()
          + " (check the folder exists and is writable)", e);
    }
  }

  /// The tag as written: white space replaced by `_`, `relwb` when empty.
  public static String cleanTag(String tag) {
    return tag == null || tag.isBlank() ? "relwb" : WS.matcher(tag.strip()).replaceAll("_");
  }

  /// Writes one topic's ranking.
  public void write(Ranking r) {
    double[] scores = shownOrderScores(r);
    try {
      for (int i = 0; i < scores.length; i++) {
        out.write(String.format(Locale.ROOT, LINE, r.query().value(),
            r.hits().get(i).doc().value(), i + 1, scores[i], tag));
      }
    } catch (IOException e) {
      throw new WorkbenchException("Writing the run file " + file + " failed: " + e.getMessage(), e);
    }
  }

  /// The tie rule, the same for files and for runs evaluated in memory: each score is put on the
  /// 6-decimal grid, and a score that is not below its predecessor is lowered to one step (1e-6) below
  /// it. The order is never changed, so the shown order is the order `trec_eval` reads.
  public static double[] shownOrderScores(Ranking r) {
    double[] out = new double[r.hits().size()];
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < out.length; i++) {
      ScoredHit h = r.hits().get(i);
      if (!Double.isFinite(h.score())) {
        throw new WorkbenchException("Cannot write topic '" + r.query() + "' as a run: the score of '" + h.doc()
            + "' is " + h.score() + "; a TREC run needs finite scores");
      }
      long units = Math.min(Math.round(h.score() * SCALE), previous - 1);
      out[i] = units / SCALE;
      previous = units;
    }
    return out;
  }

  /// Finishes the run: flushes it and moves it over the run file in one step.
  public void commit() {
    try {
      out.close();
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      committed = true;
    } catch (IOException e) {
      throw new WorkbenchException("Writing the run file " + file + " failed: " + e.getMessage()
          + " (check the disk has room)", e);
    }
  }

  /// Closes; without a [#commit] the partial file is deleted and the run file left as it was.
  @Override
  public void close() {
    if (committed) {
      return;
    }
    try {
      out.close();
    } catch (IOException e) {
      // the partial file is deleted below either way
    }
    try {
      Files.deleteIfExists(partial);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot delete the unfinished run file " + partial + ": " + e.getMessage(), e);
    }
  }
}
