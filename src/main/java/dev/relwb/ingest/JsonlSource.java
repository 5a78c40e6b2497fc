package dev.relwb.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.CancelToken;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/// A JSONL corpus, one JSON object per line, with configurable id / title / text / language
/// field names (BEIR uses `_id`, `title`, `text`). A bad line is skipped with its line number.
public final class JsonlSource implements DocumentSource {
  private final Path file;
  private final JsonlFields fields;
  private final String language;

  /// The field names to read; `languageField` may be null.
  public record JsonlFields(String idField, String titleField, String textField, String languageField) {
    /// BEIR's `corpus.jsonl` fields.
    public static JsonlFields beir() {
      return new JsonlFields("_id", "title", "text", null);
    }
  }

  /// A source over `file`; `language` (null = detect, unless a language field is set) applies to every line.
  public JsonlSource(Path file, JsonlFields fields, String language) {
    this.file = file;
    this.fields = fields;
    this.language = language;
  }

  @Override
  public String describe() {
    return "JSONL " + file;
  }

  @Override
  public void read(DocumentSink sink, CancelToken cancel) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if ((n & 255) == 0) {
          cancel.throwIfCancelled("Reading " + file);
        }
        if (!line.isBlank()) {
          readLine(line, n, sink);
        }
      }
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read " + file + ": " + e.getMessage()
          + " (is it a UTF-8 JSONL file?)", e);
    }
  }

  private void readLine(String line, long n, DocumentSink sink) {
    String where = file.getFileName() + " line " + n;
    JsonNode node;
    try {
      node = Json.mapper().readTree(line);
    } catch (IOException e) {
      sink.skipped(where, "not valid JSON (" + e.getClass().getSimpleName() + ")");
      return;
    }
    String id = text(node, fields.idField());
    if (id.isBlank()) {
      sink.skipped(where, "no '" + fields.idField() + "' field");
      return;
    }
    String lang = fields.languageField() == null ? null : text(node, fields.languageField());
    sink.accept(SourceDocument.of(id, text(node, fields.titleField()), text(node, fields.textField()),
        lang == null || lang.isBlank() ? language : lang));
  }

  private static String text(JsonNode node, String field) {
    if (field == null) {
      return "";
    }
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }
}
