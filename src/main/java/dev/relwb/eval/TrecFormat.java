package dev.relwb.eval;

import dev.relwb.core.Json;
import dev.relwb.core.Ranking;
import dev.relwb.core.RunMetadata;
import dev.relwb.core.WorkbenchException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/// TREC qrels (`qid iter docid grade`) and runs (`qid Q0 docid rank score tag`), read with
/// `trec_eval` 9.0.8's rules and written so that `trec_eval` sees the order we show.
///
/// Qrels: exactly 4 whitespace-separated fields per line; a blank line or a 5th field is an error
/// (trec_eval exit 2); grades are read like C `atol` (`1.9` → 1, `-0.5` → 0); a (topic, doc) pair
/// twice is an error (exit 4). Runs: blank lines are skipped, fields after the 6th ignored, scores
/// read like C `atof` into a double (non-numeric text becomes 0, reported as a warning; NaN is
/// rejected), the rank column is ignored, a document twice for a topic is an error (exit 4), and
/// the tag comes from the last line. Errors name the file and the line.
public final class TrecFormat {
  private static final Pattern WS = Pattern.compile("\\s+");

  private TrecFormat() { }

  /// Reads a TREC qrels file.
  public static Qrels readQrels(Path file) {
    Qrels.Builder b = Qrels.builder(file.toString());
    readQrelsRows(file).forEach(r -> b.add(r.query(), r.doc(), r.grade(), r.line()));
    return b.build();
  }

  /// Reads the lines of a TREC qrels file as rows with their line numbers, checked like `readQrels`.
  public static List<QrelsRow> readQrelsRows(Path file) {
    String source = file.toString();
    Qrels.Builder b = Qrels.builder(source);
    List<QrelsRow> rows = new java.util.ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int no = 0;
      while ((line = in.readLine()) != null) {
        no++;
        String[] f = fields(line);
        if (f.length != 4) {
          throw new EvalException(EvalException.MALFORMED, source + ":" + no + ": malformed qrels line (expected 4 fields"
              + " 'topic iteration doc grade', found " + f.length + "); remove blank lines and extra fields");
        }
        int grade = grade(f[3], source, no);
        b.add(f[0], f[2], grade, no);
        rows.add(new QrelsRow(f[0], f[2], grade, no));
      }
    } catch (IOException e) {
      throw unreadable(source, "qrels", e);
    }
    return rows;
  }

  /// Reads a TREC run file; its display name is the file name without the extension.
  public static Run readRun(Path file) {
    String source = file.toString();
    Run.Builder b = Run.builder(displayName(file), source);
    int notNumbers = 0;
    int firstBad = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int no = 0;
      while ((line = in.readLine()) != null) {
        no++;
        String[] f = fields(line);
        if (f.length == 0) {
          continue;
        }
        if (f.length < 6) {
          throw new EvalException(EvalException.MALFORMED, source + ":" + no + ": malformed run line (expected 6 fields"
              + " 'topic Q0 doc rank score tag', found " + f.length + ")");
        }
        CNumbers.Parsed score = CNumbers.atof(f[4]);
        if (!score.wasNumber()) {
          notNumbers++;
          firstBad = firstBad == 0 ? no : firstBad;
        }
        Integer rank = CNumbers.atol(f[3]);
        b.add(f[0], f[2], score.value(), rank == null ? 0 : rank, no);
        b.tag(f[5]);
      }
    } catch (IOException e) {
      throw unreadable(source, "run", e);
    }
    if (notNumbers > 0) {
      b.warn(source + ": " + notNumbers + " score(s) were not plain numbers and were read like trec_eval does"
          + " (numeric prefix, else 0), first on line " + firstBad);
    }
    return b.build();
  }

  /// Writes a run file (with [TrecRunWriter], the one writer and tie rule) and its metadata sidecar
  /// (`<file>.json`) when `meta` is given.
  public static void writeRun(Path file, List<Ranking> rankings, String tag, RunMetadata meta) {
    try (TrecRunWriter w = new TrecRunWriter(file, tag)) {
      rankings.forEach(w::write);
      w.commit();
    }
    if (meta != null) {
      writeMetadata(file, meta);
    }
  }

  /// Writes the metadata sidecar (`<file>.json`) of a run file.
  public static void writeMetadata(Path runFile, RunMetadata meta) {
    try {
      Json.mapper().writerWithDefaultPrettyPrinter().writeValue(sidecar(runFile).toFile(), meta);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot write the run metadata " + sidecar(runFile) + ": check the folder is writable",
          e);
    }
  }

  /// Reads the metadata sidecar of a run file, or null when there is none.
  public static RunMetadata readMetadata(Path runFile) {
    Path side = sidecar(runFile);
    if (!Files.isRegularFile(side)) {
      return null;
    }
    try {
      return Json.mapper().readValue(side.toFile(), RunMetadata.class);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read the run metadata " + side + ": it is not valid JSON (" + e.getMessage()
          + "); fix or delete it", e);
    }
  }

  /// The sidecar JSON path of a run file: the file name with `.json` appended.
  public static Path sidecar(Path runFile) {
    return runFile.resolveSibling(runFile.getFileName() + ".json");
  }

  /// The name reports use for a run file: its file name without the last extension.
  public static String displayName(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  /// Splits on C `isspace` characters (space, tab, CR, LF, VT, FF), ignoring leading ones.
  static String[] fields(String line) {
    String[] f = WS.split(line);
    if (f.length > 0 && f[0].isEmpty()) {
      return java.util.Arrays.copyOfRange(f, 1, f.length);
    }
    return f;
  }

  private static int grade(String text, String source, int no) {
    Integer g = CNumbers.atol(text);
    if (g == null) {
      throw new EvalException(EvalException.MALFORMED, source + ":" + no + ": grade '" + text + "' is out of range");
    }
    return g;
  }

  private static EvalException unreadable(String source, String what, IOException e) {
    return new EvalException(EvalException.MALFORMED, "Cannot read the " + what + " file " + source + " ("
        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
        + "); check the path and that it is UTF-8 text", e);
  }
}
