package dev.relwb.testnodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/// The shared Solr node is real: a standalone Solr 9 that starts within a minute, creates a core
/// from the `relwb` configset, indexes the Cranfield corpus with the `EnglishAnalyzer` chain,
/// answers an edismax BM25 query with stored fields, a unified highlight and an explanation, and
/// after SIGKILL comes back on the same port with its documents.
class SolrNodeTest {
  private static final Path CRANFIELD = Path.of("src", "test", "resources", "data", "cranfield");
  private static final String CORE = "cranfield";
  private static final String QUERY = "what similarity laws must be obeyed when constructing "
      + "aeroelastic models of heated high speed aircraft .";

  @Test
  void indexesSearchesAndSurvivesKill() throws IOException {
    SolrNode node = SolrNode.shared();
    NodeProcess process = node.process();
    System.out.printf(Locale.ROOT, "solr node %s ready in %.1f s%n", node.url(),
        process.startSeconds());
    assertThat(process.startSeconds()).isPositive().isLessThanOrEqualTo(60.0);
    assertThat(node.url()).matches("http://127\\.0\\.0\\.1:\\d+/solr");
    JsonNode system = node.get("/admin/info/system?wt=json");
    assertThat(system.path("lucene").path("solr-spec-version").asText()).isEqualTo("9.10.1");
    assertThat(system.path("mode").asText()).isEqualTo("std");

    assertThat(node.loadBeir(CRANFIELD, CORE)).isEqualTo(1400);
    assertThat(node.count(CORE)).isEqualTo(1400);
    assertThat(fieldNames(node)).contains("id", "title", "text", "body", "lang");
    JsonNode similarity = node.get("/" + CORE + "/schema/similarity?wt=json").path("similarity");
    assertThat(similarity.path("class").asText()).endsWith("BM25SimilarityFactory");
    assertThat(similarity.path("k1").asText()).isEqualTo("1.2");
    assertThat(similarity.path("b").asText()).isEqualTo("0.75");
    assertThat(analyze(node, "The wing's heated Wings")).containsExactly("wing", "heat", "wing");

    JsonNode result = node.select(CORE, "defType", "edismax", "qf", "body", "q", QUERY,
        "fl", "id,title,text,score", "hl", "true", "hl.fl", "text", "hl.method", "unified",
        "debugQuery", "true");
    JsonNode docs = result.path("response").path("docs");
    assertThat(result.path("response").path("numFound").asLong()).isPositive();
    assertThat(docs.size()).isEqualTo(10);
    JsonNode top = docs.get(0);
    String topId = top.path("id").asText();
    assertThat(top.path("title").asText()).isNotBlank();
    assertThat(top.path("text").asText()).isNotBlank();
    assertThat(top.path("score").asDouble()).isPositive();
    assertThat(result.path("highlighting").path(topId).path("text").get(0).asText()).contains("<em>");
    String explain = result.path("debug").path("explain").path(topId).asText();
    assertThat(explain).contains("BM25Similarity", "body:", "1.2 = k1", "0.75 = b");
    assertThat(result.path("debug").path("parsedquery").asText()).contains("body:aeroelast");

    int port = process.port();
    process.kill();
    assertThat(process.isAlive()).isFalse();
    assertThatThrownBy(() -> {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
      }
    }).isInstanceOf(ConnectException.class);

    process.restart();
    System.out.printf(Locale.ROOT, "solr node restarted in %.1f s%n", process.startSeconds());
    assertThat(process.port()).isEqualTo(port);
    assertThat(process.startSeconds()).isLessThanOrEqualTo(60.0);
    assertThat(node.count(CORE)).isEqualTo(1400);
    JsonNode again = node.select(CORE, "defType", "edismax", "qf", "body", "q", QUERY, "fl", "id");
    assertThat(again.path("response").path("docs").get(0).path("id").asText()).isEqualTo(topId);
  }

  private static List<String> fieldNames(SolrNode node) throws IOException {
    List<String> names = new ArrayList<>();
    node.get("/" + CORE + "/schema/fields?wt=json").path("fields")
        .forEach(f -> names.add(f.path("name").asText()));
    return names;
  }

  /// The terms `body`'s index analyzer makes of `text` (the last stage of `/analysis/field`).
  private static List<String> analyze(SolrNode node, String text) throws IOException {
    JsonNode stages = node.get("/" + CORE + "/analysis/field?"
        + SolrNode.query("analysis.fieldname", "body", "analysis.fieldvalue", text, "json.nl", "map"))
        .path("analysis").path("field_names").path("body").path("index");
    List<String> names = new ArrayList<>();
    stages.properties().forEach(e -> names.add(e.getKey()));
    assertThat(names).containsExactly("org.apache.lucene.analysis.standard.StandardTokenizer",
        "org.apache.lucene.analysis.en.EnglishPossessiveFilter",
        "org.apache.lucene.analysis.core.LowerCaseFilter",
        "org.apache.lucene.analysis.core.StopFilter",
        "org.apache.lucene.analysis.en.PorterStemFilter");
    List<String> terms = new ArrayList<>();
    stages.path(names.get(names.size() - 1)).forEach(t -> terms.add(t.path("text").asText()));
    return terms;
  }
}
