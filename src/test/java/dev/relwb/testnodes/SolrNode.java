package dev.relwb.testnodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.StringJoiner;

/// A real, standalone Solr 9 node for tests (built from `nodes/solr`, run by [NodeProcess]), with
/// a small JSON-over-HTTP client, CoreAdmin core creation from the configset `relwb` and a BEIR
/// corpus loader.
///
/// The configset (see `nodes/solr/src/main/resources`) has `id` (uniqueKey), `title` and `text`
/// (stored, with offsets, `text_en_bm25`: the analysis chain of Lucene's `EnglishAnalyzer`), both
/// copied into `body` (not stored), `lang`, and BM25 with k1 = 1.2, b = 0.75. `/select` searches
/// `body` by default. The jars come from `target/nodes/solr/target/lib` (root build),
/// `nodes/solr/target/lib`, or the system property `relwb.nodes.solr.lib`.
public final class SolrNode {
  /// The launcher class in `nodes/solr`.
  public static final String MAIN_CLASS = "dev.relwb.nodes.solr.SolrNodeMain";
  /// The configset cores are created from.
  public static final String CONFIGSET = "relwb";

  private static final int BATCH_DOCS = 500;
  private static final String JSON = "application/json; charset=UTF-8";
  private static SolrNode shared;

  private final NodeProcess process;
  private final NodeHttp http;
  private final ObjectMapper json;

  private SolrNode(NodeProcess process) {
    this.process = process;
    this.http = new NodeHttp(process::url, Duration.ofSeconds(120));
    this.json = http.json();
  }

  /// The node of this test JVM, started on first use on a free port with its Solr home in
  /// `target/test-nodes/solr-<pid>`; stopped when the JVM exits.
  public static synchronized SolrNode shared() throws IOException {
    if (shared == null) {
      shared = new SolrNode(NodeProcess.startForThisJvm("solr", MAIN_CLASS));
    }
    return shared;
  }

  /// The node's JVM: URL, port, start-up time, kill and restart.
  public NodeProcess process() {
    return process;
  }

  /// The base URL with Solr's context, e.g. `http://127.0.0.1:41234/solr`.
  public String url() {
    return process.url();
  }

  /// `GET url() + path` (path and query, e.g. `/admin/cores?action=STATUS`) as JSON; fails on a
  /// status of 400 or more.
  public JsonNode get(String path) throws IOException {
    return http.send("GET", path, null, JSON);
  }

  /// `POST url() + path` with a JSON body; fails on a status of 400 or more.
  public JsonNode post(String path, Object body) throws IOException {
    String text = body instanceof String s ? s : json.writeValueAsString(body);
    return http.send("POST", path, text, JSON);
  }

  /// `/select` of `core` with the request parameters `nameValuePairs` (name, value, name, value
  /// ...; values are URL-encoded here), e.g. `select("c", "q", "wing", "defType", "edismax")`.
  public JsonNode select(String core, String... nameValuePairs) throws IOException {
    return get("/" + core + "/select?" + query(nameValuePairs));
  }

  /// Whether the node has a core `name` (CoreAdmin STATUS).
  public boolean hasCore(String name) throws IOException {
    JsonNode status = get("/admin/cores?" + query("action", "STATUS", "core", name));
    return status.path("status").path(name).has("name");
  }

  /// Creates core `name` from the configset `relwb` (CoreAdmin CREATE, instance directory
  /// `<solr home>/<name>`); an existing core of that name is unloaded and deleted first.
  public void createCore(String name) throws IOException {
    if (hasCore(name)) {
      get("/admin/cores?" + query("action", "UNLOAD", "core", name, "deleteInstanceDir", "true"));
    }
    get("/admin/cores?" + query("action", "CREATE", "name", name, "instanceDir", name,
        "configSet", CONFIGSET));
  }

  /// Documents in `core` (`*:*`).
  public long count(String core) throws IOException {
    return select(core, "q", "*:*", "rows", "0").path("response").path("numFound").asLong(-1);
  }

  /// (Re)creates `core` ([#createCore(String)]) and loads the BEIR `corpus.jsonl` of `beirFolder`
  /// (`{"_id","title","text"}` per line → `id`, `title`, `text`) in batches, then commits; returns
  /// the documents loaded.
  public long loadBeir(Path beirFolder, String core) throws IOException {
    createCore(core);
    long loaded = 0;
    ArrayNode batch = json.createArrayNode();
    try (BufferedReader in = Files.newBufferedReader(beirFolder.resolve("corpus.jsonl"),
        StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = json.readTree(line);
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
    post("/" + core + "/update?" + query("commit", "true", "waitSearcher", "true"), "[]");
    return loaded;
  }

  /// `name=value&...` of `nameValuePairs`, values URL-encoded (UTF-8), plus `wt=json`.
  public static String query(String... nameValuePairs) {
    if (nameValuePairs.length % 2 != 0) {
      throw new IllegalArgumentException("name/value pairs expected: " + nameValuePairs.length);
    }
    StringJoiner q = new StringJoiner("&");
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      q.add(nameValuePairs[i] + "=" + URLEncoder.encode(nameValuePairs[i + 1], StandardCharsets.UTF_8));
    }
    q.add("wt=json");
    return q.toString();
  }
}
