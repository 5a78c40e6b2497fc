package dev.relwb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.relwb.eval.metric.Metrics;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// The hand-made `quirks/` cases of the trec_eval fixtures, one rule each, with trec_eval's printed
/// answers (4 decimals) as the expected values.
class TrecEvalQuirksTest {
  private static final double TOL = 5e-5;

  private static Path dir(String name) {
    return TrecEvalFixtures.root().resolve("quirks").resolve(name);
  }

  private static RunResult eval(String quirk, String metrics, int level, Averaging avg) {
    Path d = dir(quirk);
    return Evaluator.evaluate(TrecFormat.readQrels(d.resolve("qrels.txt")), TrecFormat.readRun(d.resolve("run.txt")),
        new EvalSettings(Metrics.parseList(metrics), level, avg));
  }

  private static void expect(RunResult r, String topic, Map<String, Double> values) {
    values.forEach((m, v) -> assertThat(topic.equals("all") ? r.mean().get(m) : r.perTopic().get(topic).get(m))
        .as(topic + " " + m).isCloseTo(v, within(TOL)));
  }

  @Test
  void tiesAreBrokenByDocidDescendingInByteOrder() {
    RunResult r = eval("01_ties_docid_descending", "RR,P@1,P@2,P@3", 1, Averaging.RUN);
    expect(r, "q1", Map.of("RR", 0.5, "P@1", 0.0, "P@2", 0.5, "P@3", 0.3333));
    expect(r, "q2", Map.of("RR", 0.5, "P@1", 0.0, "P@2", 0.5));
    expect(r, "q3", Map.of("RR", 0.3333, "P@2", 0.0, "P@3", 0.3333));
    expect(r, "all", Map.of("RR", 0.4444, "P@2", 0.3333));
    Run run = TrecFormat.readRun(dir("01_ties_docid_descending").resolve("run.txt"));
    assertThat(run.ranked("q3")).extracting(RunEntry::doc).containsExactly("doc5", "Doc5", "DOC5");
    assertThat(run.ranked("q2")).extracting(RunEntry::doc).containsExactly("doc9", "doc10");
  }

  @Test
  void scoreSpellingsOfOneValueTieAndTextReadsAsZeroWithAWarning() {
    RunResult r = eval("02_score_spellings_equal", "RR", 1, Averaging.RUN);
    expect(r, "q1", Map.of("RR", 0.25));
    Run run = TrecFormat.readRun(dir("02_score_spellings_equal").resolve("run.txt"));
    assertThat(run.ranked("q1")).extracting(RunEntry::doc).containsExactly("d", "c", "b", "a", "e", "f");
    assertThat(run.warnings()).singleElement().asString().contains("1 score(s)").contains("line 5");
  }

  @Test
  void gradesAreReadLikeAtolAndNegativeMeansUnjudged() {
    expect(eval("03_grades_negative_fractional", "P@5,nDCG@5", 1, Averaging.RUN), "q1",
        Map.of("P@5", 0.4, "nDCG@5", 0.3967));
    expect(eval("03_grades_negative_fractional", "P@5", 0, Averaging.RUN), "q1", Map.of("P@5", 0.8));
    expect(eval("03_grades_negative_fractional", "P@5,nDCG@5", 2, Averaging.RUN), "q1",
        Map.of("P@5", 0.2, "nDCG@5", 0.3967));
    Qrels q = TrecFormat.readQrels(dir("03_grades_negative_fractional").resolve("qrels.txt"));
    assertThat(q.judgments("q1")).containsEntry("a", -1).containsEntry("b", 1).containsEntry("c", 0)
        .containsEntry("g", 2);
  }

  @Test
  void noDepthLimitBelowRank1000() {
    expect(eval("04_depth_beyond_1000", "AP,R@1000", 1, Averaging.RUN), "q1", Map.of("AP", 0.1008, "R@1000", 0.5));
  }

  @Test
  void fewerThanKRetrieved() {
    expect(eval("05_fewer_than_k", "P@5,P@10,R@10,nDCG@10,Judged@10", 1, Averaging.RUN), "q1",
        Map.of("P@5", 0.2, "P@10", 0.1, "R@10", 0.5, "nDCG@10", 0.3801, "Judged@10", 2.0 / 3));
    expect(eval("05_fewer_than_k", "P@10", 0, Averaging.RUN), "q1", Map.of("P@10", 0.2));
  }

  @Test
  void topicWithoutRelevantDocsCountsAndMissingTopicsCountUnderQrelsAveraging() {
    String m = "AP,RR,nDCG@10,R@100";
    RunResult run = eval("06_topic_without_relevant", m, 1, Averaging.RUN);
    assertThat(run.numQ()).isEqualTo(2);
    assertThat(run.ignoredTopics()).containsExactly("q3");
    expect(run, "q2", Map.of("AP", 0.0, "RR", 0.0, "nDCG@10", 0.0, "R@100", 0.0));
    expect(run, "all", Map.of("AP", 0.5, "RR", 0.5, "nDCG@10", 0.5, "R@100", 0.5));
    RunResult c = eval("06_topic_without_relevant", m, 1, Averaging.QRELS);
    assertThat(c.numQ()).isEqualTo(3);
    assertThat(c.perTopic()).containsOnlyKeys("q1", "q2");
    assertThat(c.missingTopics()).containsExactly("q4");
    expect(c, "all", Map.of("AP", 0.3333, "RR", 0.3333, "nDCG@10", 0.3333, "R@100", 0.3333));
  }

  @Test
  void thresholdChangesBinaryMetricsButNotNdcg() {
    RunResult l1 = eval("07_level_ignored_by_ndcg_and_c_num_rel", "nDCG@10,P@1", 1, Averaging.RUN);
    RunResult l2 = eval("07_level_ignored_by_ndcg_and_c_num_rel", "nDCG@10,P@1", 2, Averaging.RUN);
    expect(l1, "q1", Map.of("P@1", 1.0, "nDCG@10", 0.8597));
    expect(l2, "q1", Map.of("P@1", 0.0, "nDCG@10", 0.8597));
    expect(l2, "all", Map.of("P@1", 0.5, "nDCG@10", 0.9299));
  }

  @Test
  void duplicateDocInRunIsAnErrorNamingFileAndLine() {
    Path run = dir("08_duplicate_doc_in_run").resolve("run.txt");
    assertThatThrownBy(() -> TrecFormat.readRun(run)).isInstanceOf(EvalException.class)
        .hasMessageContaining(run + ":2").hasMessageContaining("'a' is listed twice for topic 'q1'")
        .satisfies(e -> assertThat(((EvalException) e).trecEvalExitCode()).isEqualTo(4));
  }

  @Test
  void duplicateDocInQrelsIsAnErrorNamingFileAndLine() {
    Path q = dir("09_duplicate_doc_in_qrels").resolve("qrels.txt");
    assertThatThrownBy(() -> TrecFormat.readQrels(q)).isInstanceOf(EvalException.class)
        .hasMessageContaining(q + ":2").hasMessageContaining("first on line 1")
        .satisfies(e -> assertThat(((EvalException) e).trecEvalExitCode()).isEqualTo(4));
  }

  @Test
  void runBlankLinesAndExtraFieldsAreFineAndTagComesFromTheLastLine() {
    Run run = TrecFormat.readRun(dir("10_run_blank_lines_extra_fields").resolve("run.txt"));
    assertThat(run.tag()).isEqualTo("tagB");
    assertThat(run.ranked("q1")).hasSize(2);
    expect(eval("10_run_blank_lines_extra_fields", "AP", 1, Averaging.RUN), "all", Map.of("AP", 1.0));
  }

  @Test
  void qrelsBlankLineIsMalformed() {
    Path q = dir("10b_qrels_blank_line_or_extra_field").resolve("qrels.txt");
    assertThatThrownBy(() -> TrecFormat.readQrels(q)).isInstanceOf(EvalException.class)
        .hasMessageContaining(q + ":2: malformed qrels line")
        .satisfies(e -> assertThat(((EvalException) e).trecEvalExitCode()).isEqualTo(2));
  }

  @Test
  void noCommonTopicsIsAnError() {
    for (Averaging avg : Averaging.values()) {
      assertThatThrownBy(() -> eval("11_no_common_topics", "AP", 1, avg)).isInstanceOf(EvalException.class)
          .hasMessageContaining("No topic is in both")
          .satisfies(e -> assertThat(((EvalException) e).trecEvalExitCode()).isEqualTo(7));
    }
  }
}
