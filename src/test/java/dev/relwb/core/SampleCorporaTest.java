package dev.relwb.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCorporaTest {
  @TempDir
  Path tmp;

  private Path fakeCorpora(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("sample"));
    Files.writeString(dir.resolve("sample/corpus.jsonl"), "{}\n", StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void propertyWinsOverTheJarFolder() throws IOException {
    Path fromProperty = fakeCorpora(tmp.resolve("custom"));
    fakeCorpora(tmp.resolve("app/sample-corpora"));
    assertThat(SampleCorpora.locate(fromProperty.toString(), tmp.resolve("app/relwb.jar"), null))
        .contains(fromProperty);
  }

  @Test
  void findsTheFolderBesideTheJarAsInTheInstalledImage() throws IOException {
    Path expected = fakeCorpora(tmp.resolve("lib/app/sample-corpora"));
    assertThat(SampleCorpora.locate(null, tmp.resolve("lib/app/relwb-0.1.0.jar"), null)).contains(expected);
  }

  @Test
  void findsTheFolderAboveLibAsInTheDistLayout() throws IOException {
    Path expected = fakeCorpora(tmp.resolve("dist/sample-corpora"));
    assertThat(SampleCorpora.locate("", tmp.resolve("dist/lib/relwb-0.1.0.jar"), null)).contains(expected);
  }

  @Test
  void emptyWhenNothingIsInstalled() {
    assertThat(SampleCorpora.locate(tmp.resolve("missing").toString(), tmp.resolve("lib/x.jar"), tmp)).isEmpty();
  }

  @Test
  void theShippedSampleIsFoundAndIsAValidMultilingualBeirCollection() throws IOException {
    Path sample = SampleCorpora.sample().orElseThrow();
    Map<String, Integer> perLanguage = new HashMap<>();
    Set<String> docIds = new HashSet<>();
    for (String line : Files.readAllLines(sample.resolve("corpus.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode doc = Json.mapper().readTree(line);
      assertThat(docIds.add(doc.get("_id").asText())).as("unique id %s", doc.get("_id")).isTrue();
      assertThat(doc.get("text").asText()).isNotBlank();
      perLanguage.merge(doc.at("/metadata/language").asText(), 1, Integer::sum);
    }
    assertThat(docIds).hasSizeGreaterThanOrEqualTo(300);
    assertThat(perLanguage.keySet()).contains("en", "fr", "de", "es", "zh", "ar", "ru", "ja", "hi", "sw");
    assertThat(perLanguage.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(15));

    Set<String> queryIds = new HashSet<>();
    for (String line : Files.readAllLines(sample.resolve("queries.jsonl"), StandardCharsets.UTF_8)) {
      queryIds.add(Json.mapper().readTree(line).get("_id").asText());
    }
    assertThat(queryIds).hasSizeGreaterThanOrEqualTo(60);

    List<String> qrels = Files.readAllLines(sample.resolve("qrels/test.tsv"), StandardCharsets.UTF_8);
    assertThat(qrels.getFirst()).isEqualTo("query-id\tcorpus-id\tscore");
    Set<String> judgedQueries = new HashSet<>();
    for (String row : qrels.subList(1, qrels.size())) {
      String[] f = row.split("\t");
      assertThat(queryIds).contains(f[0]);
      assertThat(docIds).contains(f[1]);
      assertThat(Integer.parseInt(f[2])).isBetween(0, 3);
      judgedQueries.add(f[0]);
    }
    assertThat(judgedQueries).isEqualTo(queryIds);
  }
}
