package dev.relwb.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.CancelToken;
import dev.relwb.core.IngestReport;
import dev.relwb.core.ProgressListener;
import dev.relwb.search.Hit;
import dev.relwb.search.SearchPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A mixed-language folder indexed with `--lang auto`: each document is detected and analysed
/// by its language's analyzer, and a query is analysed for its own language.
class MixedLanguageTest {
  @TempDir Path home;
  @TempDir Path folder;

  @Test
  void eachLanguageIsAnalysedByItsOwnAnalyzer() throws IOException {
    Files.writeString(folder.resolve("en.txt"), "The old houses along the river were painted in bright colours "
        + "by the families who lived in them for generations.");
    Files.writeString(folder.resolve("de.txt"), "Das alte Haus am Fluss wurde von der Familie, die seit "
        + "Generationen darin wohnte, in hellen Farben gestrichen.");
    Files.writeString(folder.resolve("zh.txt"), "河边的老房子被世代居住在那里的家庭漆成了鲜艳的颜色。");
    try (IndexServices s = TestWorkbench.at(home)) {
      IngestReport r = s.indexing().index(IndexJob.folders("mixed", List.of(folder), "auto"), ProgressListener.NONE,
          CancelToken.none());
      assertThat(r.languages()).isEqualTo(Map.of("en", 1L, "de", 1L, "zh", 1L));

      SearchPage de = s.searching().search("mixed", new SearchQuery("Häuser", "de", 10, false, true, false, null,
          null, null));
      assertThat(de.analyzer()).isEqualTo("GermanAnalyzer");
      assertThat(de.hits()).extracting(Hit::docId).containsExactly("de.txt");

      SearchPage en = s.searching().search("mixed", new SearchQuery("house colors", "en", 10, false, true, false,
          null, null, null));
      assertThat(en.analyzer()).isEqualTo("EnglishAnalyzer");
      assertThat(en.hits()).extracting(Hit::docId).containsExactly("en.txt");

      SearchPage zh = s.searching().search("mixed", SearchQuery.of("老房子", 10));
      assertThat(zh.language()).isEqualTo("zh");
      assertThat(zh.analyzer()).isEqualTo("CJKAnalyzer");
      assertThat(zh.hits()).extracting(Hit::docId).containsExactly("zh.txt");

      SearchPage fr = s.searching().search("mixed", new SearchQuery("Generationen", "fr", 10, false, true, false,
          null, null, null));
      assertThat(fr.notices()).anyMatch(n -> n.contains("No documents in language 'fr'"));
      assertThat(fr.hits()).extracting(Hit::docId).containsExactly("de.txt");
    }
  }
}
