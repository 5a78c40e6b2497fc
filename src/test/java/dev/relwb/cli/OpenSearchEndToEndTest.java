package dev.relwb.cli;

import dev.relwb.testnodes.OpenSearchNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/// [ClusterEndToEndBase] against a real OpenSearch 3.x node (its own JVM, loopback), Cranfield loaded into
/// index `cranfield` with the `english` analyzer on `title`, `text` and their copy `body`.
class OpenSearchEndToEndTest extends ClusterEndToEndBase {
  @TempDir static Path home;
  private static ClusterCli cli;

  @BeforeAll
  static void start() throws IOException {
    OpenSearchNode node = OpenSearchNode.shared();
    node.loadBeir(ClusterCli.CRANFIELD, "cranfield");
    cli = new ClusterCli(home);
    new OpenSearchEndToEndTest().createWorkspace("ws");
  }

  @Override
  ClusterCli cli() {
    return cli;
  }

  @Override
  String url() throws IOException {
    return OpenSearchNode.shared().url();
  }

  @Override
  List<String> connect(String name, String baseUrl, String index, String text) {
    return List.of("--opensearch", baseUrl, "--index", index, "--title-field", "title", "--text-field", text);
  }

  @Override
  String bodyTemplate() {
    return "{\"query\": {\"match\": {\"body\": \"{{query}}\"}}}";
  }

  @Override
  String[] rejectedTemplate() {
    return new String[] {"{\"query\": {\"mtch\": {\"body\": \"{{query}}\"}}}", "parsing_exception"};
  }

  @Override
  String engine() {
    return "OpenSearch";
  }

  @Override
  void kill() throws IOException {
    OpenSearchNode.shared().process().kill();
  }

  @Override
  void restart() throws IOException {
    OpenSearchNode.shared().process().restart();
  }
}
