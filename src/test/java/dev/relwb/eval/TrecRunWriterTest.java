package dev.relwb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.DocId;
import dev.relwb.core.QueryId;
import dev.relwb.core.Ranking;
import dev.relwb.core.ScoredHit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The one TREC run writer and its tie rule: what `trec_eval` reads back (score descending, ties by
/// document id descending, as `Run.ranked` orders it and `TrecEvalQuirksTest` checks against the real
/// `trec_eval`) is exactly the order shown.
class TrecRunWriterTest {
  @TempDir Path tmp;

  private static Ranking ranking(String topic, String[] docs, double[] scores) {
    List<ScoredHit> hits = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      hits.add(new ScoredHit(new DocId(docs[i]), i + 1, scores[i]));
    }
    return new Ranking(new QueryId(topic), "test", hits);
  }

  @Test
  void tiesAndNearTiesAreLoweredOneStepOnTheSixDecimalGrid() throws IOException {
    // shown order a, b, c, d, e: a tie, a gap below the grid, a reranked score above its predecessor
    Ranking r = ranking("7", new String[] {"a", "b", "c", "d", "e"}, new double[] {5.0, 5.0, 4.9999996, 4.5, 6.0});
    Path file = tmp.resolve("runs/r.trec");
    try (TrecRunWriter w = new TrecRunWriter(file, "my run")) {
      w.write(r);
      w.commit();
    }
    assertThat(Files.readAllLines(file)).containsExactly(
        "7 Q0 a 1 5.000000 my_run",
        "7 Q0 b 2 4.999999 my_run",
        "7 Q0 c 3 4.999998 my_run",
        "7 Q0 d 4 4.500000 my_run",
        "7 Q0 e 5 4.499999 my_run");
    assertThat(TrecFormat.readRun(file).ranked("7")).extracting(RunEntry::doc).containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void anyShownOrderIsTheOrderTrecEvalReadsBack() {
    SplittableRandom rnd = new SplittableRandom(11);
    List<Ranking> rankings = new ArrayList<>();
    for (int t = 0; t < 20; t++) {
      int n = 1 + rnd.nextInt(300);
      String[] docs = new String[n];
      double[] scores = new double[n];
      for (int i = 0; i < n; i++) {
        docs[i] = "d" + rnd.nextInt(1_000_000) + "-" + i;
        // many exact ties, many closer than 1e-6, some out of order, a few large jumps
        scores[i] = switch (rnd.nextInt(4)) {
          case 0 -> 3.0;
          case 1 -> 3.0 + rnd.nextDouble() * 1e-6;
          case 2 -> rnd.nextDouble() * 20 - 10;
          default -> i == 0 ? 1.0 : scores[i - 1] + 1e-7;
        };
      }
      rankings.add(ranking("q" + t, docs, scores));
    }
    Path file = tmp.resolve("random.trec");
    TrecFormat.writeRun(file, rankings, "random", null);
    Run back = TrecFormat.readRun(file);
    for (Ranking r : rankings) {
      assertThat(back.ranked(r.query().value())).extracting(RunEntry::doc)
          .containsExactlyElementsOf(r.hits().stream().map(h -> h.doc().value()).toList());
      double[] inMemory = TrecRunWriter.shownOrderScores(r);
      assertThat(back.ranked(r.query().value())).extracting(RunEntry::score)
          .containsExactly(java.util.Arrays.stream(inMemory).boxed().toArray(Double[]::new));
    }
  }

  @Test
  void aNonFiniteScoreNamesTheTopicAndTheDocument() {
    Ranking r = ranking("q9", new String[] {"ok", "bad"}, new double[] {1.0, Double.NaN});
    assertThatThrownBy(() -> TrecFormat.writeRun(tmp.resolve("x.trec"), List.of(r), "t", null))
        .hasMessageContaining("q9").hasMessageContaining("bad").hasMessageContaining("finite");
  }

  @Test
  void tagsAreOneWord() {
    assertThat(TrecRunWriter.cleanTag(" BM25 + mono XM ")).isEqualTo("BM25_+_mono_XM");
    assertThat(TrecRunWriter.cleanTag("  ")).isEqualTo("relwb");
  }

  @Test
  void aRunThatFailsLeavesTheEarlierFileAsItWas() throws Exception {
    Path file = tmp.resolve("keep.trec");
    Files.writeString(file, "1 Q0 old 1 1.000000 before\n");
    Ranking r = ranking("1", new String[] {"a"}, new double[] {1.0});
    try (TrecRunWriter w = new TrecRunWriter(file, "after")) {
      w.write(r);
    }
    assertThat(Files.readAllLines(file)).containsExactly("1 Q0 old 1 1.000000 before");
    assertThat(tmp.resolve("keep.trec.partial")).doesNotExist();
  }
}
