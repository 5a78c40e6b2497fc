package dev.relwb.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.ingest.LanguageDetector;
import dev.relwb.ingest.PassageSplitter;
import dev.relwb.search.Highlight;
import dev.relwb.search.Hit;
import dev.relwb.search.SearchPage;
import dev.relwb.search.SearchRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// The first stage from a Solr core or collection: `POST COLLECTION/select` with the template's
/// parameters (form-encoded), paged by the page size, stored fields via `fl`, the unified highlighter
/// (private-use markers, turned into spans) and the structured `debug` explanation when asked.
/// Thread-safe.
final class SolrSearcher extends ClusterSearcherBase {
  SolrSearcher(ClusterConfig config, QueryTemplate template, ClusterHttp http, LanguageDetector detector,
      PassageSplitter splitter) {
    super(config, template, http, detector, splitter);
  }

  private String path(String handler) {
    return "/" + ClusterHttp.enc(config.index()) + handler;
  }

  /// POSTs `params` to `handler` of the collection. Solr answers a path of a missing core or collection with
  /// 404 or 405 (no handler there); that becomes the missing-collection message.
  private JsonNode post(String handler, List<Map.Entry<String, String>> params) {
    try {
      return http.postForm(path(handler), params);
    } catch (ClusterException e) {
      throw missing(e);
    }
  }

  private JsonNode get(String handler) {
    try {
      return http.get(path(handler));
    } catch (ClusterException e) {
      throw missing(e);
    }
  }

  private ClusterException missing(ClusterException e) {
    if (e.status() != 404 && e.status() != 405) {
      return e;
    }
    return new ClusterException(config.where() + " " + ClusterErrors.advice(404, null, config), e.status(), e);
  }

  @Override
  public SearchPage search(SearchRequest req) {
    long t0 = System.nanoTime();
    List<Hit> hits = new ArrayList<>();
    long total = 0;
    for (int start = 0; start < req.k(); start += config.pageSize()) {
      int rows = Math.min(config.pageSize(), req.k() - start);
      List<Map.Entry<String, String>> params = params(req);
      params.add(Map.entry("start", Integer.toString(start)));
      params.add(Map.entry("rows", Integer.toString(rows)));
      JsonNode resp = post("/select", params);
      total = resp.path("response").path("numFound").asLong(total);
      JsonNode docs = resp.path("response").path("docs");
      docs.forEach(d -> hits.add(toHit(d, resp, req.highlight())));
      if (docs.size() < rows) {
        break;
      }
    }
    return page(req, hits, total, t0);
  }

  @Override
  public Optional<Hit> hit(SearchRequest req, String passageId) {
    List<Map.Entry<String, String>> params = params(req);
    params.add(Map.entry("fq", "{!term f=" + config.fields().id() + "}" + passageId));
    params.add(Map.entry("rows", "1"));
    JsonNode resp = post("/select", params);
    JsonNode docs = resp.path("response").path("docs");
    if (!docs.isEmpty()) {
      return Optional.of(toHit(docs.get(0), resp, req.highlight()));
    }
    List<Map.Entry<String, String>> get = new ArrayList<>();
    get.add(Map.entry("q", "*:*"));
    get.add(Map.entry("fq", "{!term f=" + config.fields().id() + "}" + passageId));
    get.add(Map.entry("fl", fieldList(false)));
    get.add(Map.entry("rows", "1"));
    get.add(Map.entry("wt", "json"));
    JsonNode doc = post("/select", get).path("response").path("docs").path(0);
    if (doc.isMissingNode()) {
      return Optional.empty();
    }
    String text = ClusterHits.field(doc, config.fields().text());
    return Optional.of(ClusterHits.hit(passageId, ClusterHits.field(doc, config.fields().title()), text,
        ClusterHits.field(doc, config.fields().lang()), 0, ClusterHits.snippet(req.highlight(), List.of(), text),
        null));
  }

  private List<Map.Entry<String, String>> params(SearchRequest req) {
    List<Map.Entry<String, String>> p = new ArrayList<>(template.solrParams(req.query()));
    Map<String, String> given = new HashMap<>();
    p.forEach(e -> given.put(e.getKey(), e.getValue()));
    p.add(Map.entry("wt", "json"));
    if (!given.containsKey("fl")) {
      p.add(Map.entry("fl", fieldList(true)));
    }
    if (req.highlight() != Highlight.NONE) {
      p.add(Map.entry("hl", "true"));
      p.add(Map.entry("hl.method", "unified"));
      p.add(Map.entry("hl.fl", config.fields().text()));
      p.add(Map.entry("hl.tag.pre", ClusterHits.PRE));
      p.add(Map.entry("hl.tag.post", ClusterHits.POST));
      p.add(Map.entry("hl.requireFieldMatch", "false"));
      p.add(Map.entry("hl.defaultSummary", "true"));
      if (req.highlight() == Highlight.FULL_TEXT) {
        p.add(Map.entry("hl.fragsize", "0"));
        p.add(Map.entry("hl.maxAnalyzedChars", "10000000"));
      } else {
        p.add(Map.entry("hl.snippets", "1"));
        p.add(Map.entry("hl.fragsize", Integer.toString(ClusterHits.SNIPPET_CHARS)));
      }
    }
    if (req.explain()) {
      p.add(Map.entry("debug", "results"));
      p.add(Map.entry("debug.explain.structured", "true"));
    }
    return p;
  }

  private String fieldList(boolean score) {
    ClusterFields f = config.fields();
    List<String> fl = new ArrayList<>();
    for (String name : new String[] {f.id(), f.title(), f.text(), f.lang()}) {
      if (name != null && !fl.contains(name)) {
        fl.add(name);
      }
    }
    if (score) {
      fl.add("score");
    }
    return String.join(",", fl);
  }

  private Hit toHit(JsonNode doc, JsonNode resp, Highlight mode) {
    ClusterFields f = config.fields();
    String id = ClusterHits.field(doc, f.id());
    String text = ClusterHits.field(doc, f.text());
    List<String> fragments = new ArrayList<>();
    resp.path("highlighting").path(id).path(f.text()).forEach(x -> fragments.add(x.asText()));
    return ClusterHits.hit(id, ClusterHits.field(doc, f.title()), text, ClusterHits.field(doc, f.lang()),
        doc.path("score").asDouble(0), ClusterHits.snippet(mode, fragments, text),
        ClusterHits.explanation(resp.path("debug").path("explain").path(id)));
  }

  @Override
  public ClusterStatus probe() {
    JsonNode sys = http.get("/admin/info/system?wt=json");
    String version = sys.path("lucene").path("solr-spec-version").asText("?");
    List<Map.Entry<String, String>> count = List.of(Map.entry("q", "*:*"), Map.entry("rows", "0"),
        Map.entry("wt", "json"));
    long docs = post("/select", count).path("response").path("numFound").asLong();
    Map<String, Boolean> textTypes = new HashMap<>();
    get("/schema/fieldtypes?wt=json").path("fieldTypes").forEach(t ->
        textTypes.put(t.path("name").asText(), t.path("class").asText("").endsWith("TextField")));
    List<ClusterStatus.FieldInfo> fields = new ArrayList<>();
    get("/schema/fields?wt=json").path("fields").forEach(x -> {
      String type = x.path("type").asText();
      fields.add(new ClusterStatus.FieldInfo(x.path("name").asText(), type, textTypes.getOrDefault(type, false),
          x.path("stored").asBoolean(true)));
    });
    return new ClusterStatus(version, docs, fields, ClusterStatus.check(config.fields(), fields, false));
  }
}
