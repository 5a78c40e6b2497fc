package dev.relwb.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relwb.core.Json;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// A judgment list of the OpenSearch Search Relevance Workbench (SRW, OpenSearch 3.x), as JSON.
///
/// Reads the judgment object that SRW imports
/// (`{"name", "description", "type": "IMPORT_JUDGMENT", "judgmentRatings": [{"query", "ratings": [{"docId",
/// "rating"}]}]}`) or a bare array of `{query, ratings}`. `query` is the query **text**. A rating is a string
/// or a number:
///
/// * integers 0–3 are grades as they are;
/// * a list whose ratings all lie in [0, 1] with at least one fraction (SRW's implicit or LLM judgments) is on
///   a 0–1 scale: every rating of it becomes `round(rating × 3)`, halves up (0.5 → 2, 1 → 3);
/// * anything else (a fraction above 1, a negative or larger number, text) is an error naming the query and
///   the document.
///
/// Writes the object with `"type": "IMPORT_JUDGMENT"`, one entry per query in the rows' order, and each
/// rating as the string of its integer grade.
public final class SrwJudgments {
  private static final BigDecimal THREE = BigDecimal.valueOf(3);

  private SrwJudgments() { }

  /// One rating as read, before the scale is known.
  private record Raw(String query, String doc, BigDecimal rating) { }

  /// Reads every (query text, document, grade) of `file`; errors name the file, the query and the document.
  public static List<QrelsRow> read(Path file) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(file.toFile());
    } catch (IOException e) {
      throw malformed(file + ": not readable as JSON (" + e.getMessage().lines().findFirst().orElse("")
          + "); give an SRW judgment list (UTF-8 JSON)", e);
    }
    JsonNode entries = root != null && root.isObject() ? root.get("judgmentRatings") : root;
    if (entries == null || !entries.isArray()) {
      throw malformed(file + ": expected an SRW judgment object with \"judgmentRatings\", or an array of"
          + " {\"query\", \"ratings\"}", null);
    }
    List<Raw> raw = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      readEntry(file, i, entries.get(i), raw);
    }
    boolean unitScale = raw.stream().allMatch(r -> r.rating().compareTo(BigDecimal.ONE) <= 0)
        && raw.stream().anyMatch(r -> !isInteger(r.rating()));
    return raw.stream().map(r -> new QrelsRow(r.query(), r.doc(), grade(file, r, unitScale), 0)).toList();
  }

  private static void readEntry(Path file, int i, JsonNode entry, List<Raw> out) {
    String where = file + ": judgmentRatings[" + i + "]";
    String query = text(entry, "query");
    if (query.isBlank()) {
      throw malformed(where + " has no \"query\"; each entry is {\"query\": TEXT, \"ratings\": [...]}", null);
    }
    JsonNode ratings = entry.get("ratings");
    if (ratings == null || !ratings.isArray()) {
      throw malformed(where + " (query '" + query + "') has no \"ratings\" array", null);
    }
    for (JsonNode r : ratings) {
      String doc = text(r, "docId");
      if (doc.isBlank()) {
        throw malformed(where + " (query '" + query + "'): a rating without \"docId\"", null);
      }
      out.add(new Raw(query.strip(), doc.strip(), number(file, query, doc, r.get("rating"))));
    }
  }

  private static BigDecimal number(Path file, String query, String doc, JsonNode v) {
    try {
      if (v != null && v.isNumber()) {
        return v.decimalValue();
      }
      if (v != null && v.isTextual()) {
        return new BigDecimal(v.asText().strip());
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw badRating(file, query, doc, v == null ? "missing" : v.toString());
  }

  private static int grade(Path file, Raw r, boolean unitScale) {
    BigDecimal v = unitScale ? r.rating().multiply(THREE).setScale(0, RoundingMode.HALF_UP) : r.rating();
    if (v.signum() < 0 || v.compareTo(THREE) > 0 || !isInteger(v)) {
      throw badRating(file, r.query(), r.doc(), r.rating().toPlainString());
    }
    return v.intValueExact();
  }

  private static boolean isInteger(BigDecimal v) {
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
  }

  private static EvalException badRating(Path file, String query, String doc, String rating) {
    return malformed(file + ": query '" + query + "', doc '" + doc + "': rating " + rating + " is neither an"
        + " integer 0-3 nor part of a 0-1 list; map the ratings to 0-3 first", null);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
  }

  private static EvalException malformed(String message, Throwable cause) {
    return new EvalException(EvalException.MALFORMED, message, cause);
  }

  /// Writes `rows` (already in their output order) as one SRW judgment object named `name`.
  public static void write(List<QrelsRow> rows, String name, Writer out) throws IOException {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("name", name);
    root.put("description", "Exported from Relevance Workbench");
    root.put("type", "IMPORT_JUDGMENT");
    ArrayNode entries = root.putArray("judgmentRatings");
    ArrayNode ratings = null;
    String query = null;
    for (QrelsRow r : rows) {
      if (!r.query().equals(query)) {
        query = r.query();
        ObjectNode entry = entries.addObject();
        entry.put("query", query);
        ratings = entry.putArray("ratings");
      }
      ratings.addObject().put("docId", r.doc()).put("rating", Integer.toString(r.grade()));
    }
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
    Json.mapper().writer(pretty).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, root);
    out.write("\n");
  }
}
