package dev.relwb.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.csv.CsvWriteException;
import dev.relwb.core.WorkbenchException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/// The judgment file formats the workbench imports and exports.
///
/// * `TREC`: `qid 0 docid grade`, read with `trec_eval`'s rules (see `TrecFormat`).
/// * `BEIR`: tab-separated with the header `query-id	corpus-id	score`, integer scores.
/// * `QUEPID`: comma-separated with the header `query,docid,rating` (what Quepid's *Import ratings* reads and
///   its ratings export writes); `query` is the query **text**.
/// * `SRW`: an OpenSearch Search Relevance Workbench judgment list (JSON, `"type": "IMPORT_JUDGMENT"`), keyed by
///   query text; decimal ratings on a 0–1 scale become grades `round(r × 3)` (see `SrwJudgments`).
///
/// Text-keyed formats ([#textKeyed]) name a query by its text, the others by its topic id. Written rows are
/// sorted by query, then document (byte order). CSV/TSV quoting and JSON are Jackson's.
public enum QrelsFormat {
  /// TREC qrels.
  TREC,
  /// BEIR qrels TSV.
  BEIR,
  /// Quepid ratings CSV.
  QUEPID,
  /// OpenSearch Search Relevance Workbench judgment list (JSON).
  SRW;

  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  /// The names [#parse] accepts, for help texts.
  public static final String NAMES = "trec, beir, quepid or srw";

  /// Parses `trec`, `beir`, `quepid` or `srw` (case-insensitive).
  public static QrelsFormat parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new WorkbenchException("Unknown judgment format '" + s + "'; use " + NAMES, e);
    }
  }

  /// Whether rows name a query by its text (Quepid, SRW) rather than by a topic id (TREC, BEIR).
  public boolean textKeyed() {
    return this == QUEPID || this == SRW;
  }

  /// The header line this format requires (none for TREC and SRW).
  public List<String> header() {
    return switch (this) {
      case TREC, SRW -> List.of();
      case BEIR -> List.of("query-id", "corpus-id", "score");
      case QUEPID -> List.of("query", "docid", "rating");
    };
  }

  /// Reads every row of a file; errors name the file and line.
  public List<QrelsRow> read(Path file) {
    if (this == TREC) {
      return TrecFormat.readQrelsRows(file);
    }
    if (this == SRW) {
      return SrwJudgments.read(file);
    }
    List<QrelsRow> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<List<String>> it = CSV.readerForListOf(String.class).with(schema()).readValues(in)) {
      checkHeader(file, it.hasNextValue() ? it.nextValue() : List.of());
      while (it.hasNextValue()) {
        int line = it.getCurrentLocation().getLineNr();
        List<String> f = it.nextValue();
        if (f.size() == 1 && f.get(0).isBlank()) {
          continue;
        }
        rows.add(row(file, line, f));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof WorkbenchException we) {
        throw we;
      }
      throw new EvalException(EvalException.MALFORMED, "Cannot read " + file + " as " + label() + " ("
          + e.getMessage() + "); check that it is UTF-8 " + label(), e);
    }
    return rows;
  }

  /// Writes rows with the header, sorted by query then document (an SRW list is named `relwb judgments`).
  public void write(List<QrelsRow> rows, Writer out) throws IOException {
    write(rows, out, "relwb judgments");
  }

  /// Writes rows with the header, sorted by query then document; `listName` names an SRW judgment list.
  public void write(List<QrelsRow> rows, Writer out, String listName) throws IOException {
    List<QrelsRow> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(QrelsRow::query, Utf8Order.COMPARATOR)
        .thenComparing(QrelsRow::doc, Utf8Order.COMPARATOR));
    if (this == TREC) {
      for (QrelsRow r : sorted) {
        out.write(r.query() + " 0 " + r.doc() + " " + r.grade() + "\n");
      }
      return;
    }
    if (this == SRW) {
      SrwJudgments.write(sorted, listName, out);
      return;
    }
    try (var w = CSV.writer(schema()).writeValues(out)) {
      w.write(header());
      for (QrelsRow r : sorted) {
        w.write(List.of(r.query(), r.doc(), Integer.toString(r.grade())));
      }
    } catch (CsvWriteException e) {
      throw new WorkbenchException("Cannot write " + label() + ": " + e.getMessage(), e);
    }
  }

  private String label() {
    return this == BEIR ? "BEIR qrels TSV (query-id, corpus-id, score)" : "Quepid CSV (query, docid, rating)";
  }

  private CsvSchema schema() {
    CsvSchema s = CsvSchema.emptySchema().withoutHeader().withLineSeparator("\n");
    return this == BEIR ? s.withColumnSeparator('\t') : s;
  }

  private void checkHeader(Path file, List<String> first) {
    List<String> got = first.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    if (!got.equals(header())) {
      throw new EvalException(EvalException.MALFORMED, file + ":1: expected the header '"
          + String.join(this == BEIR ? "\\t" : ",", header()) + "' of a " + label() + ", found '"
          + String.join("|", first) + "'");
    }
  }

  private QrelsRow row(Path file, int line, List<String> f) {
    if (f.size() != 3 || f.get(0).isBlank() || f.get(1).isBlank()) {
      throw new EvalException(EvalException.MALFORMED, file + ":" + line + ": expected 3 non-empty fields ("
          + String.join(", ", header()) + "), found " + f.size());
    }
    try {
      return new QrelsRow(f.get(0).strip(), f.get(1).strip(), Integer.parseInt(f.get(2).strip()), line);
    } catch (NumberFormatException e) {
      throw new EvalException(EvalException.MALFORMED, file + ":" + line + ": the grade '" + f.get(2)
          + "' is not an integer", e);
    }
  }
}
