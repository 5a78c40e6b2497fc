package dev.relwb.nodes.solr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.StringJoiner;

/// `--load-beir DIR --core NAME`: loads the BEIR `DIR/corpus.jsonl` (`{"_id","title","text"}` per
/// line → `id`, `title`, `text`) into a core of the node, over the node's own HTTP port, before the
/// launcher announces it. The core is made as `dev.relwb.testnodes.SolrNode.loadBeir` makes it in
/// the tests: CoreAdmin CREATE from the configset `relwb` (instance directory `<home>/<NAME>`),
/// JSON updates in batches, one commit at the end. A core that already holds as many documents as
/// the file has (non-blank) lines is kept as it is, so restarts are quick.
final class BeirLoader {
  /// Core names Solr accepts.
  static final String CORE_NAME = "[A-Za-z0-9._][A-Za-z0-9._-]*";

  private static final String CONFIGSET = "relwb";
  private static final int BATCH_DOCS = 500;
  private static final ObjectMapper JSON = new ObjectMapper();

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

  /// @param url the node's base URL, e.g. `http://127.0.0.1:8983/solr`
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

  /// (Re)creates `core` and loads `corpus` into it, unless it already holds that many documents;
  /// returns the line to print.
  String load(Corpus corpus, String core) throws IOException, BadCorpusException {
    long t0 = System.nanoTime();
    boolean exists = get("/admin/cores?" + query("action", "STATUS", "core", core))
        .path("status").path(core).has("name");
    if (exists) {
      long count = get("/" + core + "/select?" + query("q", "*:*", "rows", "0"))
          .path("response").path("numFound").asLong(-1);
      if (count == corpus.lines()) {
        return String.format(Locale.ROOT, "core %s already holds %d documents", core, count);
      }
      get("/admin/cores?" + query("action", "UNLOAD", "core", core, "deleteInstanceDir", "true"));
    }
    get("/admin/cores?" + query("action", "CREATE", "name", core, "instanceDir", core,
        "configSet", CONFIGSET));
    long loaded = 0;
    ArrayNode batch = JSON.createArrayNode();
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(corpus.file(), StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = parse(corpus.file(), lineNo, line);
        batch.addObject().put("id", doc.path("_id").asText())
            .put("title", doc.path("title").asText("")).put("text", doc.path("text").asText(""));
        loaded++;
        if (batch.size() == BATCH_DOCS) {
          post("/" + core + "/update", batch);
          batch.removeAll();
        }
      }
    }
    if (!batch.isEmpty()) {
      post("/" + core + "/update", batch);
    }
    post("/" + core + "/update?" + query("commit", "true", "waitSearcher", "true"),
        JSON.createArrayNode());
    return String.format(Locale.ROOT, "loaded %d documents from %s into core %s in %.1f s", loaded,
        corpus.dir(), core, (System.nanoTime() - t0) / 1e9);
  }

  /// One corpus line; a line that is not a JSON object with an `_id` is a bad corpus.
  private static JsonNode parse(Path file, int lineNo, String line) throws BadCorpusException {
    JsonNode doc;
    try {
      doc = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadCorpusException(String.format(Locale.ROOT, "%s line %d: not a JSON object (%s)",
          file, lineNo, e.getOriginalMessage()));
    }
    if (!doc.isObject()) {
      throw new BadCorpusException(String.format(Locale.ROOT, "%s line %d: not a JSON object",
          file, lineNo));
    }
    JsonNode id = doc.path("_id");
    if (!id.isValueNode() || id.isNull() || id.asText().isEmpty()) {
      throw new BadCorpusException(String.format(Locale.ROOT,
          "%s line %d: no \"_id\" (a BEIR corpus line is {\"_id\",\"title\",\"text\"})", file, lineNo));
    }
    return doc;
  }

  /// `name=value&...` of `nameValuePairs`, values URL-encoded, plus `wt=json`.
  private static String query(String... nameValuePairs) {
    StringJoiner q = new StringJoiner("&");
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      q.add(nameValuePairs[i] + "=" + URLEncoder.encode(nameValuePairs[i + 1], StandardCharsets.UTF_8));
    }
    q.add("wt=json");
    return q.toString();
  }

  private JsonNode get(String path) throws IOException {
    return send("GET", path, null);
  }

  private JsonNode post(String path, JsonNode body) throws IOException {
    return send("POST", path, JSON.writeValueAsString(body));
  }

  private JsonNode send(String method, String path, String body) throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path))
        .timeout(Duration.ofSeconds(120)).header("Accept", "application/json");
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json; charset=UTF-8")
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    HttpResponse<String> r;
    try {
      r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + method + " " + path, e);
    }
    if (r.statusCode() >= 400) {
      String text = r.body();
      throw new IOException(String.format(Locale.ROOT, "%s %s: HTTP %d %s", method, path, r.statusCode(),
          text.length() <= 500 ? text : text.substring(0, 500) + "..."));
    }
    return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
  }
}
