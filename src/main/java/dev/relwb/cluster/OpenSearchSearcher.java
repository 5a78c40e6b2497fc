package dev.relwb.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relwb.core.Json;
import dev.relwb.ingest.LanguageDetector;
import dev.relwb.ingest.PassageSplitter;
import dev.relwb.search.Highlight;
import dev.relwb.search.Hit;
import dev.relwb.search.SearchPage;
import dev.relwb.search.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// The first stage from an OpenSearch (or Elasticsearch-compatible) index: `POST INDEX/_search` with the
/// filled template, paged by the page size, with `_source` fields, the cluster's highlighter (private-use
/// markers, turned into spans) and `explain` when asked. Thread-safe.
final class OpenSearchSearcher extends ClusterSearcherBase {
  OpenSearchSearcher(ClusterConfig config, QueryTemplate template, ClusterHttp http, LanguageDetector detector,
      PassageSplitter splitter) {
    super(config, template, http, detector, splitter);
  }

  private String indexPath() {
    return "/" + ClusterHttp.enc(config.index());
  }

  @Override
  public SearchPage search(SearchRequest req) {
    long t0 = System.nanoTime();
    List<Hit> hits = new ArrayList<>();
    long total = 0;
    for (int from = 0; from < req.k(); from += config.pageSize()) {
      int size = Math.min(config.pageSize(), req.k() - from);
      ObjectNode body = decorate(template.openSearchBody(req.query()), req);
      body.put("from", from).put("size", size);
      JsonNode resp = http.postJson(indexPath() + "/_search", body);
      total = resp.path("hits").path("total").path("value").asLong(total);
      JsonNode page = resp.path("hits").path("hits");
      page.forEach(h -> hits.add(toHit(h, req.highlight())));
      if (page.size() < size) {
        break;
      }
    }
    return page(req, hits, total, t0);
  }

  @Override
  public Optional<Hit> hit(SearchRequest req, String passageId) {
    ObjectNode body = decorate(template.openSearchBody(req.query()), req);
    JsonNode query = body.remove("query");
    ObjectNode bool = body.putObject("query").putObject("bool");
    if (query != null) {
      bool.putArray("must").add(query);
    }
    ObjectNode filter = bool.putArray("filter").addObject();
    if (config.fields().id().equals("_id")) {
      filter.putObject("ids").putArray("values").add(passageId);
    } else {
      filter.putObject("term").put(config.fields().id(), passageId);
    }
    body.put("size", 1);
    JsonNode page = http.postJson(indexPath() + "/_search", body).path("hits").path("hits");
    if (!page.isEmpty()) {
      return Optional.of(toHit(page.get(0), req.highlight()));
    }
    return unmatched(req, passageId);
  }

  /// A document that does not match the query: fetched by id, score 0, no spans.
  private Optional<Hit> unmatched(SearchRequest req, String id) {
    ObjectNode body = Json.mapper().createObjectNode();
    ObjectNode filter = body.putObject("query").putObject("bool").putArray("filter").addObject();
    if (config.fields().id().equals("_id")) {
      filter.putObject("ids").putArray("values").add(id);
    } else {
      filter.putObject("term").put(config.fields().id(), id);
    }
    body.put("size", 1);
    JsonNode page = http.postJson(indexPath() + "/_search", sourceFields(body)).path("hits").path("hits");
    if (page.isEmpty()) {
      return Optional.empty();
    }
    Hit h = toHit(page.get(0), req.highlight());
    return Optional.of(ClusterHits.hit(h.docId(), h.title(), h.text(), h.language(), 0,
        ClusterHits.snippet(req.highlight(), List.of(), h.text()), null));
  }

  private ObjectNode decorate(ObjectNode body, SearchRequest req) {
    body.put("track_total_hits", true);
    if (req.fetchText() || !config.fields().id().equals("_id")) {
      if (!body.has("_source")) {
        sourceFields(body);
      }
    } else {
      body.put("_source", false);
    }
    if (req.highlight() != Highlight.NONE) {
      ObjectNode hl = body.putObject("highlight");
      hl.putArray("pre_tags").add(ClusterHits.PRE);
      hl.putArray("post_tags").add(ClusterHits.POST);
      hl.put("require_field_match", false);
      ObjectNode f = hl.putObject("fields").putObject(config.fields().text());
      if (req.highlight() == Highlight.FULL_TEXT) {
        f.put("number_of_fragments", 0);
      } else {
        f.put("fragment_size", ClusterHits.SNIPPET_CHARS).put("number_of_fragments", 1)
            .put("no_match_size", ClusterHits.SNIPPET_CHARS);
      }
    }
    if (req.explain()) {
      body.put("explain", true);
    }
    return body;
  }

  private ObjectNode sourceFields(ObjectNode body) {
    ArrayNode inc = body.putArray("_source");
    ClusterFields f = config.fields();
    for (String name : new String[] {f.id().equals("_id") ? null : f.id(), f.title(), f.text(), f.lang()}) {
      if (name != null) {
        inc.add(name);
      }
    }
    return body;
  }

  private Hit toHit(JsonNode h, Highlight mode) {
    ClusterFields f = config.fields();
    JsonNode src = h.path("_source");
    String id = f.id().equals("_id") ? h.path("_id").asText() : ClusterHits.field(src, f.id());
    String text = ClusterHits.field(src, f.text());
    List<String> fragments = new ArrayList<>();
    h.path("highlight").path(f.text()).forEach(x -> fragments.add(x.asText()));
    return ClusterHits.hit(id == null ? h.path("_id").asText() : id, ClusterHits.field(src, f.title()), text,
        ClusterHits.field(src, f.lang()), h.path("_score").asDouble(0), ClusterHits.snippet(mode, fragments, text),
        ClusterHits.explanation(h.path("_explanation")));
  }

  @Override
  public ClusterStatus probe() {
    String version = http.get("/").path("version").path("number").asText("?");
    long docs = http.get(indexPath() + "/_count").path("count").asLong();
    JsonNode mappings = http.get(indexPath() + "/_mapping");
    List<ClusterStatus.FieldInfo> fields = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    mappings.forEach(idx -> collect(idx.path("mappings").path("properties"), "", fields, seen));
    boolean sourceOff = false;
    for (JsonNode idx : mappings) {
      sourceOff |= !idx.path("mappings").path("_source").path("enabled").asBoolean(true);
    }
    List<ClusterStatus.FieldInfo> shown = sourceOff ? fields.stream().map(x -> new ClusterStatus.FieldInfo(x.name(),
        x.type(), x.text(), false)).toList() : fields;
    return new ClusterStatus(version, docs, shown, ClusterStatus.check(config.fields(), shown,
        config.fields().id().equals("_id")));
  }

  private static void collect(JsonNode props, String prefix, List<ClusterStatus.FieldInfo> out,
      java.util.Set<String> seen) {
    props.properties().forEach(e -> {
      String name = prefix + e.getKey();
      JsonNode def = e.getValue();
      if (def.has("properties")) {
        collect(def.get("properties"), name + ".", out, seen);
        return;
      }
      String type = def.path("type").asText("object");
      if (seen.add(name)) {
        out.add(new ClusterStatus.FieldInfo(name, type, type.equals("text") || type.equals("match_only_text"),
            true));
      }
    });
  }
}
