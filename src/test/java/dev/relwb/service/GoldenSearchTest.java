package dev.relwb.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.CancelToken;
import dev.relwb.core.IngestReport;
import dev.relwb.core.ProgressListener;
import dev.relwb.search.Hit;
import dev.relwb.search.SearchPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Golden end-to-end test: the fixture folder `golden/energy` (txt, md, html) → index → the exact
/// ranking and scores of a few queries, and the TREC run lines.
class GoldenSearchTest {
  @TempDir static Path home;
  @TempDir static Path copy;
  static IndexServices services;

  @BeforeAll
  static void index() throws IOException {
    Path src = TestWorkbench.resource("golden/energy");
    try (Stream<Path> files = Files.list(src)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    services = TestWorkbench.at(home);
    IngestReport r = services.indexing().index(IndexJob.folders("golden", List.of(copy), "en"),
        ProgressListener.NONE, CancelToken.none());
    assertThat(r.added()).isEqualTo(6);
  }

  @AfterAll
  static void close() {
    services.close();
  }

  private static List<String> ranked(String q) {
    SearchPage r = services.searching().search("golden", SearchQuery.of(q, 10));
    return r.hits().stream().map(h -> String.format(Locale.ROOT, "%s %.6f", h.docId(), h.score())).toList();
  }

  @Test
  void rankingsAndScoresAreExactlyTheGoldenOnes() {
    assertThat(ranked("solar power")).containsExactly(
        "solar.txt 0.637782", "grid.txt 0.519766", "storage.html 0.508338", "hydro.txt 0.193632");
    assertThat(ranked("wind turbines")).containsExactly(
        "wind.md 1.319997", "hydro.txt 0.451228", "grid.txt 0.317428", "storage.html 0.310449");
    assertThat(ranked("pumped hydro storage")).containsExactly(
        "storage.html 1.408595", "hydro.txt 1.382466", "grid.txt 0.317428");
    // a score tie: trec_eval's rule puts the larger id first
    assertThat(ranked("electricity")).containsExactly("solar.txt 0.317428", "grid.txt 0.317428", "wind.md 0.297372");
    assertThat(ranked("bread")).containsExactly("recipe.txt 0.775155");
  }

  @Test
  void aSingleTermScoreMatchesTheBm25FormulaByHand() throws IOException {
    // Lucene BM25: idf * tf / (tf + k1 * (1 - b + b * dl / avgdl)), idf = ln(1 + (N - n + 0.5) / (n + 0.5))
    List<Hit> all = services.searching().search("golden",
        new SearchQuery("*:*", "en", 10, false, true, false, null, null, null)).hits();
    assertThat(all).hasSize(6);
    int[] lengths = new int[6];
    int recipe = -1;
    for (int i = 0; i < 6; i++) {
      lengths[i] = tokens(all.get(i).title() + "\n" + all.get(i).text());
      recipe = all.get(i).docId().equals("recipe.txt") ? i : recipe;
    }
    double avgdl = java.util.Arrays.stream(lengths).average().orElseThrow();
    double idf = Math.log(1 + (6 - 1 + 0.5) / (1 + 0.5));
    double expected = idf * 1 / (1 + 1.2 * (1 - 0.75 + 0.75 * lengths[recipe] / avgdl));
    double actual = services.searching().search("golden", SearchQuery.of("bread", 1)).hits().getFirst().score();
    assertThat(actual).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
  }

  private static int tokens(String text) throws IOException {
    try (var a = new org.apache.lucene.analysis.en.EnglishAnalyzer(); var ts = a.tokenStream("f", text)) {
      ts.reset();
      int n = 0;
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
      return n;
    }
  }

  @Test
  void theDocumentPaneGetsTheWholePassageWithItsMatchSpansAndTheExplanationWhereverItRanks() {
    SearchQuery q = SearchQuery.documents("pumped hydro storage", "en", 1, null, null);
    SearchPage page = services.searching().search("golden", q);
    assertThat(page.hits()).extracting(Hit::docId).containsExactly("storage.html");
    Hit shown = services.searching().search("golden", SearchQuery.documents("pumped hydro storage", "en", 10, null,
        null)).hits().get(1);
    assertThat(shown.docId()).isEqualTo("hydro.txt");
    Hit detail = services.searching().document("golden", q, shown);          // rank 2, beyond k = 1
    assertThat(detail.rank()).isEqualTo(2);
    assertThat(detail.score()).isEqualTo(shown.score());
    assertThat(detail.snippet().text()).isEqualTo(detail.text());
    List<String> marked = detail.snippet().highlights().stream()
        .map(sp -> detail.text().substring(sp.start(), sp.end()).toLowerCase(Locale.ROOT)).toList();
    assertThat(marked).isNotEmpty().allMatch(w -> w.startsWith("hydro") || w.startsWith("pump")
        || w.startsWith("storag"));
    assertThat(detail.explanation().value()).isCloseTo(shown.score(), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(detail.explanation().toText()).contains("weight(");
    Hit gone = new Hit(1, "nope.txt#0", "nope.txt", 0, 1, "", "", "", "en", 0, 0, 1, null, null);
    assertThatThrownBy(() -> services.searching().document("golden", q, gone))
        .hasMessageContaining("nope.txt#0").hasMessageContaining("search again");
  }

  @Test
  void theRunFileHasTheGoldenLinesWithStrictlyDecreasingScores() throws IOException {
    Path topics = home.resolve("topics.tsv");
    Files.writeString(topics, "q1\tsolar power\nq2\tpumped hydro storage\nq3\telectricity\n");
    Path run = home.resolve("golden.run");
    RunSummary sum = services.runs(null).run(new RunJob("golden", topics, "en", 100, run, "golden", null, null, null, null),
        ProgressListener.NONE, CancelToken.none());
    assertThat(sum.lines()).isEqualTo(10);
    assertThat(Files.readAllLines(run)).containsExactly(
        "q1 Q0 solar.txt 1 0.637782 golden",
        "q1 Q0 grid.txt 2 0.519766 golden",
        "q1 Q0 storage.html 3 0.508338 golden",
        "q1 Q0 hydro.txt 4 0.193632 golden",
        "q2 Q0 storage.html 1 1.408595 golden",
        "q2 Q0 hydro.txt 2 1.382466 golden",
        "q2 Q0 grid.txt 3 0.317428 golden",
        "q3 Q0 solar.txt 1 0.317428 golden",
        "q3 Q0 grid.txt 2 0.317427 golden",
        "q3 Q0 wind.md 3 0.297372 golden");
  }
}
