package dev.relwb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.DocId;
import dev.relwb.core.QueryId;
import dev.relwb.core.Ranking;
import dev.relwb.core.RunMetadata;
import dev.relwb.core.ScoredHit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrecFormatTest {
  @TempDir Path tmp;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void qrelsFifthFieldIsMalformed() throws IOException {
    Path q = write("q.txt", "q1 0 a 1\nq1 0 b 0 extra\n");
    assertThatThrownBy(() -> TrecFormat.readQrels(q)).isInstanceOf(EvalException.class)
        .hasMessageContaining(q + ":2").hasMessageContaining("found 5");
  }

  @Test
  void runLineWithTooFewFieldsNaNScoreAndMissingFileAreErrors() throws IOException {
    Path shortLine = write("r1.txt", "q1 Q0 a 1 2.0 t\nq1 Q0 b 2\n");
    assertThatThrownBy(() -> TrecFormat.readRun(shortLine)).hasMessageContaining(shortLine + ":2")
        .hasMessageContaining("expected 6 fields");
    Path nan = write("r2.txt", "q1 Q0 a 1 NaN t\n");
    assertThatThrownBy(() -> TrecFormat.readRun(nan)).hasMessageContaining(nan + ":1").hasMessageContaining("NaN");
    Path missing = tmp.resolve("nope.txt");
    assertThatThrownBy(() -> TrecFormat.readRun(missing)).isInstanceOf(EvalException.class)
        .hasMessageContaining("Cannot read the run file " + missing);
  }

  @Test
  void notUtf8IsAClearError() throws IOException {
    Path bad = Files.write(tmp.resolve("bad.txt"), new byte[] {'q', '1', ' ', '0', ' ', (byte) 0xff, ' ', '1', '\n'});
    assertThatThrownBy(() -> TrecFormat.readQrels(bad)).isInstanceOf(EvalException.class)
        .hasMessageContaining(bad.toString()).hasMessageContaining("UTF-8");
  }

  @Test
  void nonAsciiIdsSortByUtf8Bytes() {
    // U+FF21 (EF BC A1) sorts before U+1F600 (F0 9F 98 80) in UTF-8, but after it in UTF-16.
    assertThat(Utf8Order.compare("\uFF21", "\uD83D\uDE00")).isNegative();
    assertThat("\uFF21".compareTo("\uD83D\uDE00")).isPositive();
  }

  @Test
  void exportedRunHasStrictlyDecreasingScoresInTheShownOrderAndASidecar() throws IOException {
    Ranking r = new Ranking(new QueryId("7"), "BM25+mono-XM", List.of(hit("b", 1, 0.5), hit("a", 2, 0.5),
        hit("c", 3, 0.9), hit("d", 4, 0.1)));
    RunMetadata meta = new RunMetadata("BM25+mono-XM", "antoinelouis/mono-xm", "abc123", "ff00", "fr_XX", 512, 100,
        0.9, 0.4, "2026-11-27T10:00:00Z", "bf16", null, "X-MOD");
    Path file = tmp.resolve("rerank.run");
    TrecFormat.writeRun(file, List.of(r), "rerank run", meta);
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(4).allSatisfy(l -> assertThat(l.split(" ")).hasSize(6));
    double[] scores = lines.stream().mapToDouble(l -> Double.parseDouble(l.split(" ")[4])).toArray();
    for (int i = 1; i < scores.length; i++) {
      assertThat(scores[i]).isLessThan(scores[i - 1]);
    }
    Run back = TrecFormat.readRun(file);
    assertThat(back.ranked("7")).extracting(RunEntry::doc).containsExactly("b", "a", "c", "d");
    assertThat(back.tag()).isEqualTo("rerank_run");
    assertThat(TrecFormat.sidecar(file)).hasFileName("rerank.run.json");
    assertThat(TrecFormat.readMetadata(file)).isEqualTo(meta);
  }

  private static ScoredHit hit(String doc, int rank, double score) {
    return new ScoredHit(new DocId(doc), rank, score);
  }
}
