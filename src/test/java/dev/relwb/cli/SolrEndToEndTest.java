package dev.relwb.cli;

import dev.relwb.testnodes.SolrNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/// [ClusterEndToEndBase] against a real Solr 9.10.1 node (its own JVM, loopback), Cranfield loaded into
/// core `cranfield` whose `title`, `text` and their copy `body` use the chain of Lucene's EnglishAnalyzer.
class SolrEndToEndTest extends ClusterEndToEndBase {
  @TempDir static Path home;
  private static ClusterCli cli;

  @BeforeAll
  static void start() throws IOException {
    SolrNode.shared().loadBeir(ClusterCli.CRANFIELD, "cranfield");
    cli = new ClusterCli(home);
    new SolrEndToEndTest().createWorkspace("ws");
  }

  @Override
  ClusterCli cli() {
    return cli;
  }

  @Override
  String url() throws IOException {
    return SolrNode.shared().url();
  }

  @Override
  List<String> connect(String name, String baseUrl, String index, String text) {
    return List.of("--solr", baseUrl, "--collection", index, "--title-field", "title", "--text-field", text);
  }

  @Override
  String bodyTemplate() {
    return "defType=edismax&q.op=OR&qf=body&q={{query}}";
  }

  @Override
  String[] rejectedTemplate() {
    return new String[] {"defType=nosuchparser&q={{query}}", "invalid query parser 'nosuchparser'"};
  }

  @Override
  String engine() {
    return "Solr";
  }

  @Override
  void kill() throws IOException {
    SolrNode.shared().process().kill();
  }

  @Override
  void restart() throws IOException {
    SolrNode.shared().process().restart();
  }
}
