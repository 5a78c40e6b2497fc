package dev.relwb.nodes.opensearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensearch.common.xcontent.XContentFactory;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.xcontent.XContentBuilder;

/// `--load-beir DIR --index NAME`: loads the BEIR `DIR/corpus.jsonl` (`{"_id","title","text"}` per
/// line) into an index of the node, over the node's own HTTP port, before the launcher announces
/// it. The index is the one `dev.relwb.testnodes.OpenSearchNode.loadBeir` makes in the tests: `id`
/// keyword, `title` and `text` analysed `english` and copied to `body` (also `english`), BM25
/// k1 = 1.2, b = 0.75, one shard, no replica. An index that already holds as many documents as
/// the file has (non-blank) lines is kept as it is, so restarts are quick.
final class BeirLoader {
  /// Index names this launcher accepts (OpenSearch's rules, narrowed).
  static final String INDEX_NAME = "[a-z0-9][a-z0-9._-]*";

  private static final int BULK_DOCS = 500;

  private final String url;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  /// A corpus that cannot be loaded; the message names the file (the launcher exits with 2).
  static final class BadCorpusException extends Exception {
    private static final long serialVersionUID = 1L;

    BadCorpusException(String message) {
      super(message);
    }
  }

  /// `DIR/corpus.jsonl` and its number of non-blank lines.
  record Corpus(Path dir, Path file, long lines) {}

  BeirLoader(String url) {
    this.url = url;
  }

  /// Checks `dir/corpus.jsonl` before the node starts: it must be a readable UTF-8 file with at
  /// least one line, the first a JSON object with an `_id`.
  static Corpus check(Path dir) throws BadCorpusException {
    Path abs = dir.toAbsolutePath().normalize();
    Path file = abs.resolve("corpus.jsonl");
    long lines = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (!line.isBlank()) {
          if (lines == 0) {
            parse(file, lineNo, line);
          }
          lines++;
        }
      }
    } catch (NoSuchFileException e) {
      throw new BadCorpusException(file + ": no such file (--load-beir wants a BEIR folder holding"
          + " corpus.jsonl)");
    } catch (IOException e) {
      throw new BadCorpusException(file + ": cannot read it: " + e);
    }
    if (lines == 0) {
      throw new BadCorpusException(file + ": no documents in it");
    }
    return new Corpus(abs, file, lines);
  }

  /// (Re)creates `index` and loads `corpus` into it, unless it already holds that many documents;
  /// returns the line to print.
  String load(Corpus corpus, String index) throws IOException, BadCorpusException {
    long t0 = System.nanoTime();
    HttpResponse<String> count = exchange("GET", "/" + index + "/_count", null, null);
    if (count.statusCode() == 200 && ((Number) json(count).get("count")).longValue() == corpus.lines()) {
      return String.format(Locale.ROOT, "index %s already holds %d documents", index, corpus.lines());
    }
    HttpResponse<String> deleted = exchange("DELETE", "/" + index, null, null);
    if (deleted.statusCode() != 404) {
      check("DELETE /" + index, deleted);
    }
    check("PUT /" + index, exchange("PUT", "/" + index, indexDefinition(), "application/json"));
    long loaded = 0;
    StringBuilder bulk = new StringBuilder();
    int inBatch = 0;
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(corpus.file(), StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        Map<String, Object> doc = parse(corpus.file(), lineNo, line);
        String id = String.valueOf(doc.get("_id"));
        bulk.append(toJson(XContentFactory.jsonBuilder().startObject().startObject("index")
                .field("_index", index).field("_id", id).endObject().endObject())).append('\n')
            .append(toJson(XContentFactory.jsonBuilder().startObject().field("id", id)
                .field("title", text(doc.get("title"))).field("text", text(doc.get("text")))
                .endObject())).append('\n');
        loaded++;
        if (++inBatch == BULK_DOCS) {
          sendBulk(bulk);
          inBatch = 0;
        }
      }
    }
    if (inBatch > 0) {
      sendBulk(bulk);
    }
    check("POST /" + index + "/_refresh", exchange("POST", "/" + index + "/_refresh", null, null));
    return String.format(Locale.ROOT, "loaded %d documents from %s into index %s in %.1f s", loaded,
        corpus.dir(), index, (System.nanoTime() - t0) / 1e9);
  }

  private static String indexDefinition() throws IOException {
    XContentBuilder b = XContentFactory.jsonBuilder().startObject();
    b.startObject("settings").startObject("index")
        .field("number_of_shards", 1).field("number_of_replicas", 0)
        .startObject("similarity").startObject("default")
        .field("type", "BM25").field("k1", 1.2).field("b", 0.75)
        .endObject().endObject().endObject().endObject();
    b.startObject("mappings").startObject("properties");
    b.startObject("id").field("type", "keyword").endObject();
    for (String field : List.of("title", "text")) {
      b.startObject(field).field("type", "text").field("analyzer", "english")
          .field("copy_to", "body").endObject();
    }
    b.startObject("body").field("type", "text").field("analyzer", "english").endObject();
    b.endObject().endObject();
    return toJson(b.endObject());
  }

  private void sendBulk(StringBuilder ndjson) throws IOException {
    HttpResponse<String> r = exchange("POST", "/_bulk", ndjson.toString(), "application/x-ndjson");
    check("POST /_bulk", r);
    if (!Boolean.FALSE.equals(json(r).get("errors"))) {
      throw new IOException("bulk load had errors: " + abbreviate(r.body()));
    }
    ndjson.setLength(0);
  }

  /// One corpus line as a map; a line that is not a JSON object with an `_id` is a bad corpus.
  private static Map<String, Object> parse(Path file, int lineNo, String line) throws BadCorpusException {
    Map<String, Object> doc;
    try {
      doc = XContentHelper.convertToMap(JsonXContent.jsonXContent, line, false);
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause(); // the JSON parser's own words, not "Failed to parse content to map"
      }
      String why = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
      throw new BadCorpusException(String.format(Locale.ROOT, "%s line %d: not a JSON object (%s)",
          file, lineNo, abbreviate(why)));
    }
    Object id = doc.get("_id");
    if (id == null || id instanceof Map || id instanceof List || id.toString().isEmpty()) {
      throw new BadCorpusException(String.format(Locale.ROOT,
          "%s line %d: no \"_id\" (a BEIR corpus line is {\"_id\",\"title\",\"text\"})", file, lineNo));
    }
    return doc;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String toJson(XContentBuilder builder) {
    return BytesReference.bytes(builder).utf8ToString();
  }

  private static Map<String, Object> json(HttpResponse<String> r) {
    return XContentHelper.convertToMap(JsonXContent.jsonXContent, r.body(), false);
  }

  private static void check(String what, HttpResponse<String> r) throws IOException {
    if (r.statusCode() >= 400) {
      throw new IOException(what + ": HTTP " + r.statusCode() + " " + abbreviate(r.body()));
    }
  }

  private HttpResponse<String> exchange(String method, String path, String body, String type)
      throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path))
        .timeout(Duration.ofSeconds(120)).header("Accept", "application/json");
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", type)
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + method + " " + path, e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 500 ? s : s.substring(0, 500) + "...";
  }
}
