package dev.relwb.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.relwb.core.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/// A named query template, as Quepid keeps them: an OpenSearch query DSL body, or Solr request
/// parameters (`defType=edismax&qf=title^2 body&q={{query}}`), with a `{{query}}` placeholder.
///
/// Filling never splices text: an OpenSearch body is parsed as JSON and the placeholder is replaced
/// inside string values of the tree, which Jackson then writes with JSON escaping (a bare `{{query}}`
/// outside quotes stands for a JSON string); Solr parameters are split into name/value pairs first and
/// each value is URL-encoded when the request is sent. Quotes, backslashes, braces, `&`, `#` and
/// newlines in a query can neither break nor inject into the request.
public record QueryTemplate(String name, String body) {
  /// The placeholder.
  public static final String PLACEHOLDER = "{{query}}";

  /// Requires a name and a body holding the placeholder.
  public QueryTemplate {
    if (name == null || name.isBlank()) {
      throw new ClusterException("A query template needs a name");
    }
    name = name.strip();
    if (body == null || !body.contains(PLACEHOLDER)) {
      throw new ClusterException("The query template '" + name + "' has no " + PLACEHOLDER
          + " placeholder: put it where the user's query goes");
    }
  }

  /// The default for `engine`: a plain match of the query on the text field.
  public static QueryTemplate defaultFor(ClusterEngine engine, String textField) {
    return engine == ClusterEngine.OPENSEARCH
        ? new QueryTemplate("default", "{\"query\": {\"match\": {\"" + textField + "\": \"" + PLACEHOLDER + "\"}}}")
        : new QueryTemplate("default", "defType=edismax&q.op=OR&qf=" + textField + "&q=" + PLACEHOLDER);
  }

  /// The first 12 hex digits of the SHA-256 of the body: which version of the template ran.
  public String hash() {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /// The OpenSearch request body for `query`: the template's JSON with every placeholder replaced.
  public ObjectNode openSearchBody(String query) {
    JsonNode tree = parsedBody();
    if (!(tree instanceof ObjectNode o)) {
      throw new ClusterException("The query template '" + name + "' is not a JSON object: write a search body"
          + " such as {\"query\": {\"match\": {\"body\": \"{{query}}\"}}}");
    }
    return (ObjectNode) substitute(o.deepCopy(), query);
  }

  /// Checks the template can be used with `engine` (valid JSON for OpenSearch); throws with the reason.
  public void validate(ClusterEngine engine) {
    if (engine == ClusterEngine.OPENSEARCH) {
      openSearchBody("test");
    } else {
      solrParams("test");
    }
  }

  private JsonNode parsedBody() {
    try {
      return Json.mapper().readTree(body);
    } catch (JsonProcessingException first) {
      try {
        return Json.mapper().readTree(quoteBarePlaceholders(body));
      } catch (JsonProcessingException e) {
        throw new ClusterException("The query template '" + name + "' is not valid JSON: "
            + first.getOriginalMessage() + " (line " + first.getLocation().getLineNr() + ")", 0, first);
      }
    }
  }

  /// The body with each `{{query}}` that stands outside a JSON string turned into `"{{query}}"`.
  static String quoteBarePlaceholders(String json) {
    StringBuilder out = new StringBuilder(json.length() + 8);
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\' && i + 1 < json.length()) {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (json.startsWith(PLACEHOLDER, i)) {
        out.append('"').append(PLACEHOLDER).append('"');
        i += PLACEHOLDER.length() - 1;
      } else {
        inString = c == '"';
        out.append(c);
      }
    }
    return out.toString();
  }

  private static JsonNode substitute(JsonNode node, String query) {
    if (node instanceof TextNode t && t.textValue().contains(PLACEHOLDER)) {
      return TextNode.valueOf(t.textValue().replace(PLACEHOLDER, query));
    }
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        e.setValue(substitute(e.getValue(), query));
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        a.set(i, substitute(a.get(i), query));
      }
    }
    return node;
  }

  /// The Solr request parameters for `query`, in template order, values decoded (the template may be
  /// written with or without URL escapes) and the placeholder replaced by the raw query; the HTTP layer
  /// encodes each value.
  public List<Map.Entry<String, String>> solrParams(String query) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (String part : body.strip().split("[&\n]")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new ClusterException("The query template '" + name + "' has a parameter without a name=value form: '"
            + part.strip() + "'");
      }
      String key = decode(part.substring(0, eq).strip());
      String value = decode(part.substring(eq + 1).strip());
      out.add(Map.entry(key, value.replace(PLACEHOLDER, query)));
    }
    return out;
  }

  private String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ClusterException("The query template '" + name + "' has a broken %-escape in '" + s + "'", 0, e);
    }
  }
}
