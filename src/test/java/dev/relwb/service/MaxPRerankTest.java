package dev.relwb.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.relwb.cluster.ClusterConfig;
import dev.relwb.cluster.ClusterEngine;
import dev.relwb.cluster.ClusterFields;
import dev.relwb.cluster.ClusterSearchers;
import dev.relwb.core.AppDirs;
import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.QueryId;
import dev.relwb.core.Ranking;
import dev.relwb.core.ScoredHit;
import dev.relwb.core.Topic;
import dev.relwb.ingest.PassageSplitter;
import dev.relwb.rerank.ModelOpener;
import dev.relwb.search.Hit;
import dev.relwb.search.SearchPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// MaxP for real: a reranked document scores as the best of its passages (not only the passage BM25
/// matched best), in batch runs over a local index, and a cluster's documents are split at rerank time.
class MaxPRerankTest {
  @TempDir Path home;

  /// A document of `n` paragraphs of about 120 words; paragraph `hit` mentions the query words.
  private static String longText(int n, int hit) {
    return IntStream.range(0, n).mapToObj(i -> (i == hit ? "glacier melt water tides " : "")
        + ("paragraph " + i + " about bread flour yeast salt ovens baking crust ").repeat(12))
        .collect(Collectors.joining("\n\n"));
  }

  @Test
  void aReRankedLocalDocumentScoresAsItsBestPassage() throws Exception {
    Path folder = Files.createDirectories(home.resolve("docs"));
    Files.writeString(folder.resolve("long.txt"), longText(6, 2));
    Files.writeString(folder.resolve("other.txt"), "glacier tides are short here.");
    AppDirs dirs = new AppDirs(home.resolve("data"), home.resolve("cache"), home.resolve("config")).ensureExist();
    JudgmentService judgments = new JudgmentService(dirs);
    try (IndexServices index = new IndexServices(dirs, judgments);
        RerankService rerank = new RerankService(dirs, ModelOpener.xmod())) {
      index.indexing().index(IndexJob.folders("w", List.of(folder), "en"), ProgressListener.NONE, CancelToken.none());
      rerank.load(Path.of("src/test/resources/models/xmod-tiny").toString(), RuntimeOptions.on("cpu", 1),
          ProgressListener.NONE, CancelToken.none());
      SearchPage page = index.searching().search("w", SearchQuery.documents("glacier tides", "en", 10, null, null));
      Hit doc = page.hits().stream().filter(h -> h.docId().endsWith("long.txt")).findFirst().orElseThrow();
      assertThat(doc.passages()).isGreaterThan(3);
      List<MaxPInput.Document> input = index.searching().passages("w", null, List.of(doc), 8);
      List<Hit> passages = input.getFirst().passages();
      assertThat(passages).hasSize(doc.passages());
      assertThat(passages.getFirst().id()).as("the matched passage first").isEqualTo(doc.id());
      assertThat(passages.stream().map(Hit::passage).skip(1).toList()).isSorted();
      assertThat(MaxPInput.docIds(input)).containsOnly(doc.docId());

      List<PairInput> pairs = passages.stream().map(p -> new PairInput("glacier tides", p.text(), null)).toList();
      float best = Float.NEGATIVE_INFINITY;
      for (PairScore s : rerank.scorePairs(pairs, null, 0, false, ProgressListener.NONE, CancelToken.none())) {
        best = Math.max(best, s.logit());
      }
      List<Ranking> reranked = new ArrayList<>();
      index.runs(rerank).rank("w", List.of(new Topic(new QueryId("1"), "glacier tides", "en", null)),
          RunSpec.of("en", 10, null, null, 10, null), ProgressListener.NONE, CancelToken.none(),
          t -> reranked.add(t.reranked()));
      ScoredHit scored = reranked.getFirst().hits().stream().filter(h -> h.doc().value().equals(doc.docId()))
          .findFirst().orElseThrow();
      assertThat(scored.score()).as("MaxP over %d passages", passages.size()).isCloseTo(best, within(1e-4));
    }
  }

  @Test
  void aClusterDocumentIsSplitAtRerankTime() {
    ClusterConfig config = ClusterConfig.of(ClusterEngine.OPENSEARCH, "http://localhost:9200", "docs",
        new ClusterFields(null, "title", "body", null), null, null);
    var searcher = ClusterSearchers.open(config, null, null, null, new PassageSplitter(200, 0.5));
    String text = longText(5, 1);
    Hit doc = new Hit(1, "d7", "d7", 0, 1, "Bread", text, null, "en", 0, text.length(), 3.5, null, null);
    List<Hit> parts = searcher.passages(doc);
    assertThat(parts).hasSizeGreaterThan(3);
    assertThat(parts).extracting(Hit::id).startsWith("d7#0", "d7#1");
    assertThat(parts).extracting(Hit::docId).containsOnly("d7");
    assertThat(parts.getLast().end()).isEqualTo(text.stripTrailing().length());
    assertThat(text.substring(parts.get(1).start(), parts.get(1).end())).isEqualTo(parts.get(1).text());
  }
}
