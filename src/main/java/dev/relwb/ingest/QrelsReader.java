package dev.relwb.ingest;

import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// Reads relevance judgments: TREC qrels (`qid iter docid rel`, whitespace separated) and BEIR
/// TSV (`query-id<TAB>corpus-id<TAB>score`, with a header line).
public final class QrelsReader {
  private QrelsReader() { }

  /// Reads every judgment of `file`; a malformed line fails with its line number.
  public static List<Qrel> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read the qrels file " + file + ": " + e.getMessage(), e);
    }
    List<Qrel> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || (i == 0 && line.startsWith("query-id"))) {
        continue;
      }
      String[] f = line.split("\\s+");
      try {
        if (f.length == 4) {
          out.add(new Qrel(f[0], f[2], Integer.parseInt(f[3])));
        } else if (f.length == 3) {
          out.add(new Qrel(f[0], f[1], Integer.parseInt(f[2])));
        } else {
          throw new NumberFormatException("expected 3 or 4 fields");
        }
      } catch (NumberFormatException e) {
        throw new WorkbenchException("Line " + (i + 1) + " of " + file
            + " is not a qrels line (qid 0 docid rel, or qid<TAB>docid<TAB>rel): " + line, e);
      }
    }
    return out;
  }

  /// Writes `qrels` in TREC format (`qid 0 docid rel`).
  public static void writeTrec(List<Qrel> qrels, Path file) {
    StringBuilder sb = new StringBuilder();
    for (Qrel q : qrels) {
      sb.append(q.queryId()).append(" 0 ").append(q.docId()).append(' ').append(q.relevance()).append('\n');
    }
    try {
      Files.writeString(file, sb, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot write the qrels file " + file + ": " + e.getMessage(), e);
    }
  }
}
