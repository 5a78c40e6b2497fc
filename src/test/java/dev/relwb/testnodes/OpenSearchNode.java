package dev.relwb.testnodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/// A real OpenSearch 3 node for tests (built from `nodes/opensearch`, run by [NodeProcess]),
/// with a small JSON-over-HTTP client and a BEIR corpus loader.
public final class OpenSearchNode {
  /// The launcher class in `nodes/opensearch`.
  public static final String MAIN_CLASS = "dev.relwb.nodes.opensearch.OpenSearchNodeMain";

  private static final int BULK_DOCS = 500;
  private static final String JSON = "application/json";
  private static OpenSearchNode shared;

  private final NodeProcess process;
  private final NodeHttp http;
  private final ObjectMapper json;

  private OpenSearchNode(NodeProcess process) {
    this.process = process;
    this.http = new NodeHttp(process::url, Duration.ofSeconds(60));
    this.json = http.json();
  }

  /// The node of this test JVM, started on first use on a free port with its data in
  /// `target/test-nodes/opensearch-<pid>`; stopped when the JVM exits.
  public static synchronized OpenSearchNode shared() throws IOException {
    if (shared == null) {
      shared = new OpenSearchNode(NodeProcess.startForThisJvm("opensearch", MAIN_CLASS));
    }
    return shared;
  }

  /// The node's JVM: URL, port, start-up time, kill and restart.
  public NodeProcess process() {
    return process;
  }

  /// The base URL, e.g. `http://127.0.0.1:41234`.
  public String url() {
    return process.url();
  }

  /// `GET path`; fails on a status of 400 or more.
  public JsonNode get(String path) throws IOException {
    return send("GET", path, null);
  }

  /// `POST path` with a JSON body; fails on a status of 400 or more.
  public JsonNode post(String path, Object body) throws IOException {
    return send("POST", path, json.writeValueAsString(body));
  }

  /// `PUT path` with a JSON body; fails on a status of 400 or more.
  public JsonNode put(String path, Object body) throws IOException {
    return send("PUT", path, json.writeValueAsString(body));
  }

  /// Deletes `index` if it exists.
  public void deleteIndex(String index) throws IOException {
    HttpResponse<String> r = http.exchange("DELETE", "/" + index, null, JSON);
    if (r.statusCode() != 404) {
      http.check("DELETE", "/" + index, r);
    }
  }

  /// Documents in `index` (`_count`).
  public long count(String index) throws IOException {
    return get("/" + index + "/_count").path("count").asLong(-1);
  }

  /// The settings and mappings [#loadBeir(Path, String)] creates an index with: `id` keyword,
  /// `title` and `text` analysed `english` and both copied to `body` (also `english`); BM25
  /// k1 = 1.2, b = 0.75 as the index's default similarity; one shard, no replica.
  public ObjectNode beirIndexDefinition() {
    ObjectNode def = json.createObjectNode();
    ObjectNode index = def.putObject("settings").putObject("index");
    index.put("number_of_shards", 1).put("number_of_replicas", 0);
    index.putObject("similarity").putObject("default")
        .put("type", "BM25").put("k1", 1.2).put("b", 0.75);
    ObjectNode props = def.putObject("mappings").putObject("properties");
    props.putObject("id").put("type", "keyword");
    for (String field : new String[] {"title", "text"}) {
      props.putObject(field).put("type", "text").put("analyzer", "english").put("copy_to", "body");
    }
    props.putObject("body").put("type", "text").put("analyzer", "english");
    return def;
  }

  /// (Re)creates `index` ([#beirIndexDefinition()]) and bulk-loads the BEIR `corpus.jsonl` of
  /// `beirFolder` (`{"_id","title","text"}` per line), then refreshes; returns the documents loaded.
  public long loadBeir(Path beirFolder, String index) throws IOException {
    deleteIndex(index);
    put("/" + index, beirIndexDefinition());
    long loaded = 0;
    StringBuilder bulk = new StringBuilder();
    int inBatch = 0;
    try (BufferedReader in = Files.newBufferedReader(beirFolder.resolve("corpus.jsonl"),
        StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = json.readTree(line);
        String id = doc.path("_id").asText();
        ObjectNode action = json.createObjectNode();
        action.putObject("index").put("_index", index).put("_id", id);
        ObjectNode source = json.createObjectNode().put("id", id)
            .put("title", doc.path("title").asText("")).put("text", doc.path("text").asText(""));
        bulk.append(json.writeValueAsString(action)).append('\n')
            .append(json.writeValueAsString(source)).append('\n');
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
    post("/" + index + "/_refresh", json.createObjectNode());
    return loaded;
  }

  private void sendBulk(StringBuilder ndjson) throws IOException {
    HttpResponse<String> r = http.exchange("POST", "/_bulk", ndjson.toString(), "application/x-ndjson");
    JsonNode body = http.check("POST", "/_bulk", r);
    if (body.path("errors").asBoolean(true)) {
      throw new IOException("bulk load had errors: " + NodeHttp.abbreviate(r.body()));
    }
    ndjson.setLength(0);
  }

  private JsonNode send(String method, String path, String body) throws IOException {
    return http.send(method, path, body, JSON);
  }
}
