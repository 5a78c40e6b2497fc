package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The CLI end to end on a real workspace: workspace create/list/delete, index --beir, search
/// (text, --json, --explain, a syntax error falling back to words), run.
class IndexSearchCliTest {
  @TempDir Path home;


  private CliRun relwb(String... args) {
    return CliRun.fresh(home, args);
  }

  private static Path beir() throws Exception {
    return Path.of(IndexSearchCliTest.class.getResource("/data/cranfield").toURI());
  }

  @Test
  void workspaceIndexSearchAndRun() throws Exception {
    assertThat(relwb("workspace", "create", "cran").code()).isZero();
    CliRun idx = relwb("index", "--workspace", "cran", "--beir", beir().toString(), "--lang", "en");
    assertThat(idx.code()).as(idx.err()).isZero();
    assertThat(idx.out()).contains("1400 added").contains("Stored 225 topics and 1612 judgments");
    assertThat(relwb("workspace", "list").out())
        .containsPattern("cran\\s+1400 docs\\s+1400 passages\\s+1 languages\\s+225 topics");

    CliRun json = relwb("search", "--workspace", "cran", "--lang", "en", "--k", "3", "--json",
        "boundary layer transition");
    JsonNode r = Json.mapper().readTree(json.out());
    assertThat(r.get("analyzer").asText()).isEqualTo("EnglishAnalyzer");
    assertThat(r.get("hits")).hasSize(3);
    JsonNode first = r.get("hits").get(0);
    assertThat(first.get("snippet").get("highlights").size()).isPositive();
    String snippet = first.get("snippet").get("text").asText();
    JsonNode span = first.get("snippet").get("highlights").get(0);
    assertThat(snippet.substring(span.get("start").asInt(), span.get("end").asInt()).toLowerCase())
        .startsWith("boundar");

    CliRun text = relwb("search", "--workspace", "cran", "--lang", "en", "--k", "2", "--explain", "shock (waves");
    assertThat(text.code()).isZero();
    assertThat(text.err()).contains("not valid query syntax");
    assertThat(text.out()).contains("  1. ").contains("[shock]").contains("idf, computed as");

    Path topics = home.resolve("t.tsv");
    Files.writeString(topics, "1\tboundary layer transition\n2\tshock waves in hypersonic flow\n");
    Path run = home.resolve("out/run.trec");
    CliRun ran = relwb("run", "--workspace", "cran", "--topics", topics.toString(), "--k", "5", "--out", run.toString(),
        "--tag", "cli");
    assertThat(ran.code()).as(ran.err()).isZero();
    List<String> lines = Files.readAllLines(run);
    assertThat(lines).hasSize(10);
    assertThat(lines.getFirst()).matches("1 Q0 \\S+ 1 \\d+\\.\\d{6} cli");

    CliRun rerank = relwb("run", "--workspace", "cran", "--topics", topics.toString(), "--out", run.toString(),
        "--rerank", "--model", home.toString());
    assertThat(rerank.code()).isEqualTo(1);
    assertThat(rerank.err()).contains(home.toString()).contains("config.json");

    assertThat(relwb("workspace", "delete", "cran").code()).isZero();
    assertThat(relwb("workspace", "list").out()).contains("No workspaces yet");
    CliRun missing = relwb("search", "--workspace", "cran", "x");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("There is no workspace 'cran'");
  }
}
