package dev.relwb.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.AppDirs;
import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.eval.MetricComparison;
import dev.relwb.eval.RunResult;
import dev.relwb.rerank.ModelOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The Evaluation tab's BM25 against BM25+reranker on real services (sample corpus, real index, real
/// judgments store, the tiny X-MOD model): the exported run files, evaluated the way `relwb eval` does,
/// give exactly the figures shown, because both go through one writer, one tie rule and one report.
class SystemComparisonTest {
  private static final String METRICS = "nDCG@10,RR@10,R@100,AP,P@10,Judged@10";
  @TempDir Path home;

  @Test
  void theExportedRunsEvaluateToTheFiguresShown() throws Exception {
    AppDirs dirs = new AppDirs(home.resolve("data"), home.resolve("cache"), home.resolve("config")).ensureExist();
    JudgmentService judgments = new JudgmentService(dirs);
    try (IndexServices index = new IndexServices(dirs, judgments);
        RerankService rerank = new RerankService(dirs, ModelOpener.xmod())) {
      EvaluationService evaluation = new EvaluationService(judgments, index.runs(rerank));
      index.indexing().importSource("s", SourceKind.BEIR, Path.of("sample-corpora/sample"), ProgressListener.NONE,
          CancelToken.none());
      CompareRequest req = new CompareRequest("s", EvaluationService.ALL_JUDGED, "auto", 5, 20, null, null, null);
      assertThatThrownBy(() -> evaluation.compareSystems(req, ProgressListener.NONE, CancelToken.none()))
          .hasMessageContaining("Load a model");
      rerank.load(Path.of("src/test/resources/models/xmod-tiny"), "cpu", 1);
      assertThat(evaluation.topicSets("s")).containsExactly(EvaluationService.ALL_JUDGED);

      EvalOutcome shown = evaluation.compareSystems(req, ProgressListener.NONE, CancelToken.none());
      List<MetricComparison> metrics = shown.report().comparison().metrics();
      assertThat(metrics).extracting(MetricComparison::metric)
          .containsExactly("nDCG@10", "RR@10", "R@100", "AP", "P@10", "Judged@10");
      // every judged topic is ranked; as in trec_eval, the mean is over the topics a run retrieved for
      assertThat(shown.runs().getFirst().rankings()).hasSize(judgments.qrels("s", null).topics().size());
      List<String> retrieved = shown.runs().getFirst().rankings().stream().filter(r -> !r.hits().isEmpty())
          .map(r -> r.query().value()).sorted().toList();
      assertThat(retrieved).hasSizeGreaterThan(60);
      assertThat(shown.report().comparison().topics()).containsExactlyInAnyOrderElementsOf(retrieved);
      assertThat(shown.runs()).extracting(EvalOutcome.RunRankings::file)
          .containsExactly("bm25.trec", "bm25-monoxm.trec");

      Path out = home.resolve("export");
      List<Path> files = evaluation.export(shown, out);
      assertThat(files).extracting(p -> p.getFileName().toString())
          .containsExactly("bm25.trec", "bm25-monoxm.trec", "report.md", "report.csv", "report.json");
      assertThat(Files.readString(out.resolve("report.md"))).contains("nDCG@10");
      assertThat(out.resolve("bm25-monoxm.trec.json")).exists();

      EvalOutcome fromFiles = evaluation.evaluate(new EvalRequest(null, "s", List.of(out.resolve("bm25.trec").toString(),
          out.resolve("bm25-monoxm.trec").toString()), METRICS, 1, "run", null, null));
      for (int run = 0; run < 2; run++) {
        RunResult a = shown.report().runs().get(run);
        RunResult b = fromFiles.report().runs().get(run);
        assertThat(b.mean()).isEqualTo(a.mean());
        assertThat(b.perTopic()).isEqualTo(a.perTopic());
      }
      MetricComparison ndcg = fromFiles.report().comparison().metrics().getFirst();
      assertThat(ndcg.delta()).isEqualTo(metrics.getFirst().delta());
      assertThat(ndcg.pRandomization()).isEqualTo(metrics.getFirst().pRandomization());
    }
  }

  /// Four systems on real services: BM25 (baseline), the loaded X-MOD, and the tiny XLM-R and BERT as extra
  /// models; the exported runs evaluate, as `relwb eval` does, to the same means and Holm-corrected p-values.
  @Test
  void fourSystemsWithExtraModelsMatchTheirExportedRuns() throws Exception {
    AppDirs dirs = new AppDirs(home.resolve("data"), home.resolve("cache"), home.resolve("config")).ensureExist();
    JudgmentService judgments = new JudgmentService(dirs);
    try (IndexServices index = new IndexServices(dirs, judgments);
        RerankService rerank = new RerankService(dirs, ModelOpener.xmod())) {
      EvaluationService evaluation = new EvaluationService(judgments, index.runs(rerank));
      index.indexing().importSource("s", SourceKind.BEIR, Path.of("sample-corpora/sample"), ProgressListener.NONE,
          CancelToken.none());
      rerank.load(Path.of("src/test/resources/models/xmod-tiny"), "cpu", 1);
      List<String> extra = List.of(Path.of("src/test/resources/models/xlmr-tiny").toString(),
          Path.of("src/test/resources/models/bert-tiny").toString());
      CompareRequest req = new CompareRequest("s", EvaluationService.ALL_JUDGED, "auto", 5, 20, null, null, null,
          extra, null);
      EvalOutcome shown = evaluation.compareSystems(req, ProgressListener.NONE, CancelToken.none());
      assertThat(shown.runs()).hasSize(4);
      assertThat(shown.report().comparisons()).hasSize(3);
      Path out = home.resolve("export4");
      evaluation.export(shown, out);
      List<String> files = shown.runs().stream().map(r -> out.resolve(r.file()).toString()).toList();
      EvalOutcome fromFiles = evaluation.evaluate(new EvalRequest(null, "s", files, METRICS, 1, "run", null, null));
      for (int run = 0; run < 4; run++) {
        assertThat(fromFiles.report().runs().get(run).mean()).isEqualTo(shown.report().runs().get(run).mean());
      }
      for (int c = 0; c < 3; c++) {
        MetricComparison a = shown.report().comparisons().get(c).metrics().getFirst();
        MetricComparison b = fromFiles.report().comparisons().get(c).metrics().getFirst();
        assertThat(b.delta()).isEqualTo(a.delta());
        assertThat(b.pRandomizationHolm()).isEqualTo(a.pRandomizationHolm());
        assertThat(a.pRandomizationHolm()).isGreaterThanOrEqualTo(a.pRandomization());
      }
    }
  }
}
