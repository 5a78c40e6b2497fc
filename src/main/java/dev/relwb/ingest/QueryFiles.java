package dev.relwb.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.relwb.core.Json;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Query files of query sets, read and written as [QueryEntry]s, in four formats:
///
/// * `trec`: TREC topics, `<top><num> Number: ID <title> text <desc> Description: information need
///   <narr> Narrative: notes </top>`. The id and title come from [TopicsReader]; white space in the
///   fields is collapsed to single spaces, and `&`, `<`, `>` are written as `&amp;`, `&lt;`, `&gt;`.
/// * `beir`: BEIR `queries.jsonl`, one `{"_id", "text"}` a line (read by [TopicsReader]), with
///   `information_need`, `notes` and `language` in `metadata` (read at the top level too).
/// * `quepid`: Quepid's query CSV with the header `query,information_need,notes` (any letter case, in
///   any order; only `query` is required, other columns are ignored).
/// * `text`: one query a line; blank lines and lines starting with `#` are skipped.
///
/// Files are UTF-8. A bad file is one [WorkbenchException] naming the file and the line.
public final class QueryFiles {
  /// The file formats, named in lower case on the command line.
  public enum Format {
    /// TREC topics.
    TREC,
    /// BEIR `queries.jsonl`.
    BEIR,
    /// Quepid's query CSV.
    QUEPID,
    /// A plain list, one query a line.
    TEXT;

    /// Parses `trec`, `beir`, `quepid` or `text` (any letter case).
    public static Format parse(String name) {
      try {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new WorkbenchException("Unknown query file format '" + name + "': use trec, beir, quepid or text", e);
      }
    }
  }

  private static final List<String> CSV_HEADER = List.of("query", "information_need", "notes");
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private static final CsvSchema CSV_SCHEMA = CsvSchema.emptySchema().withoutHeader().withLineSeparator("\n");
  private static final Pattern NUM = Pattern.compile("<num>\\s*(?:Number:)?\\s*\\S", Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE = Pattern.compile("<title>", Pattern.CASE_INSENSITIVE);
  private static final Pattern DESC = Pattern.compile("<desc>\\s*(?:Description:)?(.*?)(?=<[A-Za-z/]|$)",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern NARR = Pattern.compile("<narr>\\s*(?:Narrative:)?(.*?)(?=<[A-Za-z/]|$)",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private QueryFiles() { }

  /// Reads every query of `file`, in file order.
  public static List<QueryEntry> read(Format format, Path file) {
    return switch (format) {
      case TREC -> readTrec(file);
      case BEIR -> readBeir(file);
      case QUEPID -> readQuepid(file);
      case TEXT -> readText(file);
    };
  }

  /// Writes `entries` to `file` (replacing it).
  public static void write(Format format, List<QueryEntry> entries, Path file) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      switch (format) {
        case TREC -> writeTrec(entries, w);
        case BEIR -> writeBeir(entries, w);
        case QUEPID -> writeQuepid(entries, w);
        case TEXT -> writeText(entries, w);
      }
    } catch (IOException e) {
      throw new WorkbenchException("Cannot write " + file + " (" + e.getMessage() + "): check that the folder exists"
          + " and is writable", e);
    }
  }

  // ---- TREC topics

  private record Block(int line, String body) { }

  private static List<QueryEntry> readTrec(Path file) {
    String text = readString(file);
    List<Block> blocks = trecBlocks(file, text);
    List<Topic> topics = TopicsReader.read(file);
    if (topics.size() != blocks.size()) {
      throw bad(file, 1, "read " + topics.size() + " of " + blocks.size() + " topics: write each as <top> <num>"
          + " <title> … </top>");
    }
    List<QueryEntry> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Topic t = topics.get(i);
      String title = unescape(t.text()).strip();
      if (title.isEmpty()) {
        throw bad(file, blocks.get(i).line(), "topic " + t.id().value() + " has an empty <title>: the title is the"
            + " query text");
      }
      String body = blocks.get(i).body();
      out.add(new QueryEntry(t.id().value(), title, null, trecField(DESC, body), trecField(NARR, body)));
    }
    return out;
  }

  /// The `<top>` … `</top>` blocks of `text`, each checked for a `<num>` and a `<title>`.
  private static List<Block> trecBlocks(Path file, String text) {
    if (!text.stripLeading().startsWith("<top>")) {
      throw bad(file, 1, "expected TREC topics, starting with <top>");
    }
    List<Block> out = new ArrayList<>();
    int open = text.indexOf("<top>");
    while (open >= 0) {
      int line = lineOf(text, open);
      int start = open + "<top>".length();
      int close = text.indexOf("</top>", start);
      int next = text.indexOf("<top>", start);
      if (close < 0 || next >= 0 && next < close) {
        throw bad(file, line, "this <top> has no </top>");
      }
      String body = text.substring(start, close);
      if (!NUM.matcher(body).find() || !TITLE.matcher(body).find()) {
        throw bad(file, line, "a topic needs a <num> and a <title>");
      }
      out.add(new Block(line, body));
      open = text.indexOf("<top>", close);
    }
    return out;
  }

  private static String trecField(Pattern field, String body) {
    Matcher m = field.matcher(body);
    return m.find() ? unescape(m.group(1).strip().replaceAll("\\s+", " ")) : null;
  }

  private static void writeTrec(List<QueryEntry> entries, Writer w) throws IOException {
    for (QueryEntry e : entries) {
      if (e.id() == null || e.id().isBlank() || e.id().chars().anyMatch(Character::isWhitespace)) {
        throw new WorkbenchException("The query id '" + e.id() + "' cannot be a TREC topic number (it is empty or"
            + " has spaces): export as beir, quepid or text");
      }
      w.write("<top>\n<num> Number: " + e.id() + "\n<title> " + trecText(e.text()) + "\n\n<desc> Description:\n"
          + trecText(e.infoNeed()) + "\n\n<narr> Narrative:\n" + trecText(e.notes()) + "\n\n</top>\n\n");
    }
  }

  private static String trecText(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ").replace("&", "&amp;").replace("<", "&lt;")
        .replace(">", "&gt;");
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  // ---- BEIR queries.jsonl

  private static List<QueryEntry> readBeir(Path file) {
    String text = readString(file);
    if (!text.isBlank() && !text.stripLeading().startsWith("{")) {
      throw bad(file, lineOf(text, text.length() - text.stripLeading().length()), "expected BEIR queries.jsonl:"
          + " one JSON object a line with \"_id\" and \"text\"");
    }
    List<Topic> topics = TopicsReader.read(file);
    List<QueryEntry> out = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int n = 1; n <= lines.size(); n++) {
      if (lines.get(n - 1).isBlank()) {
        continue;
      }
      Topic t = topics.get(out.size());
      if (t.text().isBlank()) {
        throw bad(file, n, "query " + t.id().value() + " has no \"text\"");
      }
      JsonNode node;
      try {
        node = Json.mapper().readTree(lines.get(n - 1));
      } catch (JsonProcessingException e) {
        throw bad(file, n, "not valid JSON (" + e.getOriginalMessage() + ")");
      }
      out.add(new QueryEntry(t.id().value(), t.text(), t.language(), beirField(node, "information_need"),
          beirField(node, "notes")));
    }
    return out;
  }

  /// `metadata.<name>`, else the top-level `<name>`, as text (null when absent or not a value).
  private static String beirField(JsonNode node, String name) {
    JsonNode v = node.path("metadata").path(name);
    if (v.isMissingNode() || v.isNull()) {
      v = node.path(name);
    }
    return v.isValueNode() && !v.isNull() ? v.asText() : null;
  }

  private static void writeBeir(List<QueryEntry> entries, Writer w) throws IOException {
    for (QueryEntry e : entries) {
      ObjectNode root = Json.mapper().createObjectNode().put("_id", e.id()).put("text", e.text());
      ObjectNode meta = Json.mapper().createObjectNode();
      if (e.language() != null) {
        meta.put("language", e.language());
      }
      if (e.infoNeed() != null) {
        meta.put("information_need", e.infoNeed());
      }
      if (e.notes() != null) {
        meta.put("notes", e.notes());
      }
      if (!meta.isEmpty()) {
        root.set("metadata", meta);
      }
      w.write(Json.mapper().writeValueAsString(root) + "\n");
    }
  }

  // ---- Quepid query CSV

  private static List<QueryEntry> readQuepid(Path file) {
    List<QueryEntry> out = new ArrayList<>();
    int line = 1;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<List<String>> it = CSV.readerForListOf(String.class).with(CSV_SCHEMA).readValues(in)) {
      List<String> header = it.hasNextValue() ? it.nextValue().stream()
          .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList() : List.of();
      if (!header.contains("query")) {
        throw bad(file, 1, "expected the header " + String.join(",", CSV_HEADER) + " (only query is required),"
            + " found '" + String.join(",", header) + "'");
      }
      while (it.hasNextValue()) {
        line = it.getCurrentLocation().getLineNr();
        List<String> f = it.nextValue();
        if (!f.stream().allMatch(String::isBlank)) {
          out.add(quepidRow(file, line, header, f));
        }
      }
    } catch (JsonProcessingException e) {
      throw bad(file, line, "not valid CSV from this row on (" + e.getOriginalMessage() + "); quote fields that hold"
          + " commas, quotes or line breaks, and double the quotes inside them");
    } catch (CharacterCodingException e) {
      throw new WorkbenchException("Cannot read " + file + ": it is not UTF-8 text; save it as UTF-8", e);
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
    return out;
  }

  private static QueryEntry quepidRow(Path file, int line, List<String> header, List<String> f) {
    if (f.size() > header.size()) {
      throw bad(file, line, f.size() + " fields for a header of " + header.size() + ": quote fields that hold"
          + " commas, and double the quotes inside them");
    }
    String text = field(f, header.indexOf("query")).strip();
    if (text.isEmpty()) {
      throw bad(file, line, "the query is empty");
    }
    return new QueryEntry(null, text, null, field(f, header.indexOf("information_need")),
        field(f, header.indexOf("notes")));
  }

  private static String field(List<String> fields, int i) {
    return i >= 0 && i < fields.size() ? fields.get(i) : "";
  }

  private static void writeQuepid(List<QueryEntry> entries, Writer w) throws IOException {
    try (var out = CSV.writer(CSV_SCHEMA).writeValues(w)) {
      out.write(CSV_HEADER);
      for (QueryEntry e : entries) {
        out.write(List.of(e.text(), e.infoNeed() == null ? "" : e.infoNeed(), e.notes() == null ? "" : e.notes()));
      }
    }
  }

  // ---- plain text

  private static List<QueryEntry> readText(Path file) {
    List<QueryEntry> out = new ArrayList<>();
    List<String> lines = readString(file).lines().toList();
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1).strip();
      if (line.indexOf('\0') >= 0) {
        throw bad(file, n, "binary data: a text query list has one query a line");
      }
      if (!line.isEmpty() && !line.startsWith("#")) {
        out.add(new QueryEntry(null, line, null, null, null));
      }
    }
    return out;
  }

  private static void writeText(List<QueryEntry> entries, Writer w) throws IOException {
    for (QueryEntry e : entries) {
      w.write(e.text().strip().replaceAll("\\s+", " ") + "\n");
    }
  }

  // ---- helpers

  private static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new WorkbenchException("Cannot read " + file + ": it is not UTF-8 text; save it as UTF-8", e);
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  private static WorkbenchException cannotRead(Path file, IOException e) {
    return new WorkbenchException("Cannot read " + file + (e instanceof NoSuchFileException ? ": no such file"
        : " (" + e.getMessage() + ")") + "; check the path", e);
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static WorkbenchException bad(Path file, int line, String what) {
    return new WorkbenchException(file + ":" + line + ": " + what);
  }
}
