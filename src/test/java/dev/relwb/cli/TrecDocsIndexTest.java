package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `relwb index --trec-docs` on the committed fixture `data/trec-docs`, then `relwb search` over it.
class TrecDocsIndexTest {
  @TempDir Path home;


  private CliRun relwb(String... args) {
    return CliRun.fresh(home, args);
  }

  @Test
  void indexesTrecDocumentsAndFindsThem() throws Exception {
    Path docs = Path.of(TrecDocsIndexTest.class.getResource("/data/trec-docs").toURI());
    CliRun idx = relwb("index", "--workspace", "trec", "--trec-docs", docs.toString(), "--lang", "en", "--json");
    assertThat(idx.code()).as(idx.err()).isZero();
    JsonNode report = Json.mapper().readTree(idx.out());
    assertThat(report.get("source").asText()).isEqualTo("TREC documents " + docs);
    assertThat(report.get("added").asLong()).isEqualTo(7);
    assertThat(report.get("skipped")).hasSize(3);
    assertThat(report.get("skipped").toString()).contains("news.trec line 27", "no <DOCNO>");

    CliRun search = relwb("search", "--workspace", "trec", "--lang", "en", "--k", "3", "--json", "lighthouse keeper");
    assertThat(search.code()).as(search.err()).isZero();
    JsonNode hits = Json.mapper().readTree(search.out()).get("hits");
    assertThat(hits.get(0).get("docId").asText()).isEqualTo("WIRE-010");
    assertThat(hits.get(0).get("title").asText()).isEqualTo("Lighthouse keeper retires");

    JsonNode amp = Json.mapper().readTree(relwb("search", "--workspace", "trec", "--lang", "en", "--json",
        "anchorages").out()).get("hits");
    assertThat(amp).hasSize(1);
    assertThat(amp.get(0).get("docId").asText()).isEqualTo("NEWS-001");
    assertThat(amp.get(0).get("text").asText()).contains("Smith & Jones");
  }
}
