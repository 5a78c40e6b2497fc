package dev.relwb.testnodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// The shared OpenSearch node is real: it starts within a minute, indexes the Cranfield corpus
/// with the `english` analyzer, answers a BM25 `match` with source, highlight and explanation,
/// and after SIGKILL comes back on the same port with its data.
class OpenSearchNodeTest {
  private static final Path CRANFIELD = Path.of("src", "test", "resources", "data", "cranfield");
  private static final String QUERY = "what similarity laws must be obeyed when constructing "
      + "aeroelastic models of heated high speed aircraft .";

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void indexesSearchesAndSurvivesKill() throws IOException {
    OpenSearchNode node = OpenSearchNode.shared();
    NodeProcess process = node.process();
    System.out.printf(Locale.ROOT, "opensearch node %s ready in %.1f s%n", node.url(),
        process.startSeconds());
    assertThat(process.startSeconds()).isPositive().isLessThanOrEqualTo(60.0);
    assertThat(node.get("/").path("version").path("number").asText()).startsWith("3.");

    assertThat(node.loadBeir(CRANFIELD, "cranfield")).isEqualTo(1400);
    assertThat(node.count("cranfield")).isEqualTo(1400);
    JsonNode settings = node.get("/cranfield/_settings").path("cranfield").path("settings")
        .path("index").path("similarity").path("default");
    assertThat(settings.path("k1").asText()).isEqualTo("1.2");
    assertThat(settings.path("b").asText()).isEqualTo("0.75");
    JsonNode tokens = node.post("/cranfield/_analyze", Map.of("field", "body", "text", "heated wings"));
    assertThat(tokens.findValuesAsText("token")).containsExactly("heat", "wing");

    JsonNode hits = search(node);
    assertThat(hits.size()).isGreaterThan(0);
    JsonNode top = hits.get(0);
    assertThat(top.path("_source").path("title").asText()).isNotBlank();
    assertThat(top.path("highlight").toString()).contains("<em>");
    assertThat(top.path("_explanation").path("details").size()).isGreaterThan(0);
    assertThat(top.path("_explanation").toString()).contains("body:");
    String topId = top.path("_id").asText();

    int port = process.port();
    process.kill();
    assertThat(process.isAlive()).isFalse();
    assertThatThrownBy(() -> {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
      }
    }).isInstanceOf(ConnectException.class);

    process.restart();
    System.out.printf(Locale.ROOT, "opensearch node restarted in %.1f s%n", process.startSeconds());
    assertThat(process.port()).isEqualTo(port);
    assertThat(process.startSeconds()).isLessThanOrEqualTo(60.0);
    assertThat(node.count("cranfield")).isEqualTo(1400);
    assertThat(search(node).get(0).path("_id").asText()).isEqualTo(topId);
    assertThat(Files.readString(process.dataDir().resolve("url.txt")).strip()).isEqualTo(process.url());
  }

  private JsonNode search(OpenSearchNode node) throws IOException {
    ObjectNode request = json.createObjectNode();
    request.put("size", 10).put("explain", true);
    request.putObject("query").putObject("match").put("body", QUERY);
    // body is a copy_to field outside _source: highlight the fields it is made of
    ObjectNode fields = request.putObject("highlight").put("require_field_match", false)
        .putObject("fields");
    for (String field : List.of("title", "text")) {
      fields.putObject(field);
    }
    return node.post("/cranfield/_search", request).path("hits").path("hits");
  }
}
