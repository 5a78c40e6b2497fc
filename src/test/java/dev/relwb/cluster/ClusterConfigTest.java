package dev.relwb.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.Json;
import dev.relwb.search.Highlight;
import dev.relwb.search.Snippet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterConfigTest {
  private static final ClusterFields FIELDS = new ClusterFields(null, "title", "body", null);

  @Test
  void urlsWithCredentialsAreRefusedSoNoSecretIsSaved() {
    assertThatThrownBy(() -> ClusterConfig.of(ClusterEngine.OPENSEARCH, "https://admin:s3cret@host:9200", "i", FIELDS,
        null, null)).hasMessageContaining("https://host:9200").hasMessageNotContaining("s3cret")
        .hasMessageContaining("--password-env");
    assertThatThrownBy(() -> ClusterConfig.of(ClusterEngine.SOLR, "ftp://host", "c", FIELDS, null, null))
        .hasMessageContaining("http:// or https://");
    assertThatThrownBy(() -> ClusterConfig.of(ClusterEngine.SOLR, "http://host:8983/solr", " ", FIELDS, null, null))
        .hasMessageContaining("--collection");
  }

  @Test
  void defaultsAndTheDefaultTemplate() {
    ClusterConfig c = ClusterConfig.of(ClusterEngine.OPENSEARCH, "http://localhost:9200/", "docs", FIELDS, null, null);
    assertThat(c.url()).isEqualTo("http://localhost:9200");
    assertThat(c.fields().id()).isEqualTo("_id");
    assertThat(c.templates()).extracting(QueryTemplate::name).containsExactly("default");
    assertThat(c.where()).isEqualTo("OpenSearch at http://localhost:9200 (index docs)");
    assertThat(c.connectTimeoutMs()).isEqualTo(ClusterConfig.CONNECT_TIMEOUT_MS);
    assertThat(c.parallel()).isEqualTo(ClusterConfig.PARALLEL);
  }

  @Test
  void templatesAreAddedReplacedAndRemovedButNeverAll() {
    ClusterConfig c = ClusterConfig.of(ClusterEngine.SOLR, "http://h:8983/solr", "c", FIELDS, null, null)
        .withTemplate(new QueryTemplate("title", "defType=edismax&qf=title^2 body&q={{query}}"));
    assertThat(c.templates()).extracting(QueryTemplate::name).containsExactly("default", "title");
    c = c.withTemplate(new QueryTemplate("title", "defType=edismax&qf=title&q={{query}}"));
    assertThat(c.template("title").body()).isEqualTo("defType=edismax&qf=title&q={{query}}");
    c = c.withoutTemplate("default");
    assertThat(c.template(null).name()).isEqualTo("title");
    ClusterConfig last = c;
    assertThatThrownBy(() -> last.withoutTemplate("title")).hasMessageContaining("only query template");
    assertThatThrownBy(() -> last.template("nope")).hasMessageContaining("(it has: title)");
  }

  @Test
  void settingsRoundTripThroughJsonWithoutSecrets() throws Exception {
    ClusterConfig c = new ClusterConfig(ClusterEngine.OPENSEARCH, "https://h:9200", "docs", FIELDS,
        new ClusterAuth("basic", "reader", "MY_PW"), "/etc/ca.pem", 1000, 2000, 50, 2, null);
    String json = Json.mapper().writeValueAsString(c);
    assertThat(json).contains("MY_PW").doesNotContain("password\":");
    assertThat(Json.mapper().readValue(json, ClusterConfig.class)).isEqualTo(c);
  }

  @Test
  void highlighterMarkersBecomeSpans() {
    Snippet s = ClusterHits.snippet(Highlight.SNIPPET, List.of("the \uE000wing\uE001 and \uE000flow\uE001"), "x");
    assertThat(s.text()).isEqualTo("the wing and flow");
    assertThat(s.highlights()).containsExactly(new Snippet.Span(4, 8), new Snippet.Span(13, 17));
    Snippet two = ClusterHits.snippet(Highlight.SNIPPET, List.of("a \uE000b\uE001", "\uE000c\uE001"), "x");
    assertThat(two.text()).isEqualTo("a b … c");
    assertThat(two.highlights()).containsExactly(new Snippet.Span(2, 3), new Snippet.Span(6, 7));
    assertThat(ClusterHits.snippet(Highlight.SNIPPET, List.of(), "y".repeat(300)).text()).hasSize(181);
    assertThat(ClusterHits.snippet(Highlight.NONE, List.of("a"), "a")).isNull();
  }
}
