package dev.relwb.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class QueryTemplateTest {
  @ParameterizedTest
  @ValueSource(strings = {"say \"hello\" world", "back\\slash \\\" end", "{{query}} {\"match_all\": {}}",
      "a & b=c # frag", "line one\nline two\r\n\ttab", "\"}}, \"size\": 10000, \"q\": {\"x\": \"",
      "%26%23%7B", "日本語 ümlaut 🚀", "}{][,:"})
  void openSearchBodyCarriesAnyQueryAsOneStringValue(String query) throws Exception {
    QueryTemplate t = new QueryTemplate("mm", "{\"query\": {\"multi_match\": {\"query\": \"{{query}}\","
        + " \"fields\": [\"title^2\", \"body\"]}}}");
    JsonNode body = t.openSearchBody(query);
    JsonNode back = Json.mapper().readTree(Json.mapper().writeValueAsString(body));
    assertThat(back.path("query").path("multi_match").path("query").asText()).isEqualTo(query);
    assertThat(back.path("query").path("multi_match").path("fields")).hasSize(2);
    assertThat(back.properties()).hasSize(1);
    assertThat(back.has("size")).isFalse();
  }

  @Test
  void placeholderInsideALongerStringAndABarePlaceholder() {
    QueryTemplate inString = new QueryTemplate("p", "{\"query\": {\"query_string\": {\"query\": \"title:({{query}})\"}}}");
    assertThat(inString.openSearchBody("a \"b\"").path("query").path("query_string").path("query").asText())
        .isEqualTo("title:(a \"b\")");
    QueryTemplate bare = new QueryTemplate("bare", "{\"query\": {\"match\": {\"body\": {{query}}}}}");
    assertThat(bare.openSearchBody("x\"} y").path("query").path("match").path("body").asText()).isEqualTo("x\"} y");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a & b=c # frag", "q=*:*&rows=100000&fl=*", "line one\nline two", "%26%23%7B",
      "say \"hello\" {!lucene}"})
  void solrParamsKeepTheQueryInOneValue(String query) {
    QueryTemplate t = new QueryTemplate("edismax", "defType=edismax&qf=title^2 body&q={{query}}");
    List<Map.Entry<String, String>> p = t.solrParams(query);
    assertThat(p).extracting(Map.Entry::getKey).containsExactly("defType", "qf", "q");
    assertThat(p.get(2).getValue()).isEqualTo(query);
    assertThat(p.get(1).getValue()).isEqualTo("title^2 body");
  }

  @Test
  void solrTemplatesMayBeWrittenWithEscapesOrOnLines() {
    QueryTemplate t = new QueryTemplate("lines", "defType=edismax\nqf=title%5E2%20body\nq={{query}}\n");
    assertThat(t.solrParams("x")).containsExactly(Map.entry("defType", "edismax"), Map.entry("qf", "title^2 body"),
        Map.entry("q", "x"));
  }

  @Test
  void badTemplatesAreRefusedWithTheirName() {
    assertThatThrownBy(() -> new QueryTemplate("t", "{\"query\": {}}")).hasMessageContaining("'t'")
        .hasMessageContaining("{{query}}");
    assertThatThrownBy(() -> new QueryTemplate("broken", "{\"query\": {\"match\": {\"b\": \"{{query}}\"}")
        .validate(ClusterEngine.OPENSEARCH)).hasMessageContaining("'broken' is not valid JSON");
    assertThatThrownBy(() -> new QueryTemplate("arr", "[\"{{query}}\"]").validate(ClusterEngine.OPENSEARCH))
        .hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> new QueryTemplate("s", "defType=edismax&{{query}}").validate(ClusterEngine.SOLR))
        .hasMessageContaining("name=value");
  }

  @Test
  void hashNamesTheBody() {
    QueryTemplate a = new QueryTemplate("a", "q={{query}}");
    assertThat(a.hash()).hasSize(12).isEqualTo(new QueryTemplate("b", "q={{query}}").hash())
        .isNotEqualTo(new QueryTemplate("a", "q={{query}}&qf=x").hash());
  }

  @Test
  void defaultsMatchOnTheTextField() {
    assertThat(QueryTemplate.defaultFor(ClusterEngine.OPENSEARCH, "body").openSearchBody("x").toString())
        .isEqualTo("{\"query\":{\"match\":{\"body\":\"x\"}}}");
    assertThat(QueryTemplate.defaultFor(ClusterEngine.SOLR, "body").solrParams("x"))
        .contains(Map.entry("qf", "body"), Map.entry("q", "x"));
  }
}
