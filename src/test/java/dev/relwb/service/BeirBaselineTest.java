package dev.relwb.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.CancelToken;
import dev.relwb.core.IngestReport;
import dev.relwb.core.ProgressListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// Acceptance: on each shared test set, import BEIR, run every query, and reach the reference
/// BM25 nDCG@10 (Lucene BM25 k1=1.2 b=0.75, title+text, bag of words, top 100) minus 0.005.
/// The measured figures are appended to `target/bm25-baseline.txt`.
class BeirBaselineTest {
  @TempDir Path home;

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({
      "xquad/en, en, 0.9641", "xquad/de, de, 0.9409", "xquad/es, es, 0.9572", "xquad/zh, zh, 0.9632",
      "xquad/ar, ar, 0.9367", "xquad/ru, ru, 0.9538", "cranfield, en, 0.3675", "cisi, en, 0.3835"})
  void reachesTheReferenceNdcg(String set, String lang, double reference) throws IOException {
    Path dir = TestWorkbench.resource("data/" + set);
    try (IndexServices s = TestWorkbench.at(home)) {
      IngestReport r = s.indexing().index(IndexJob.beir("ws", dir, lang), ProgressListener.NONE, CancelToken.none());
      assertThat(r.skipped()).isEmpty();
      assertThat(r.topics()).isPositive();
      assertThat(s.workspaces().paths("ws").qrels()).exists();
      Path run = home.resolve("run.trec");
      RunSummary sum = s.runs(null).run(new RunJob("ws", s.workspaces().paths("ws").topics(), lang, 100, run, "bm25",
          null, null, null, null), ProgressListener.NONE, CancelToken.none());
      double ndcg = TrecNdcg.mean(TrecNdcg.qrels(dir.resolve("qrels/test.tsv")), TrecNdcg.run(run), 10);
      String line = String.format(Locale.ROOT, "%-10s %s nDCG@10 %.4f (reference %.4f, delta %+.4f) docs %d, topics %d, "
          + "run %.1f s%n", set, lang, ndcg, reference, ndcg - reference, r.added(), sum.topics(), sum.seconds());
      Files.writeString(Path.of("target/bm25-baseline.txt"), line, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      assertThat(ndcg).as(line).isGreaterThanOrEqualTo(reference - 0.005);
    }
  }
}
