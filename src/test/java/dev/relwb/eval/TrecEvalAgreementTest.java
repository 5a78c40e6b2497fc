package dev.relwb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.eval.metric.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// Every value that trec_eval 9.0.8 computed for the fixture runs (per topic, mean and `-c` mean,
/// at `-l 1` and `-l 2`) is reproduced through the Java API to 1e-9.
class TrecEvalAgreementTest {
  static final double TOLERANCE = 1e-9;
  static double maxAbsDiff;

  static List<String> runs() {
    return TrecEvalFixtures.RUNS;
  }

  @ParameterizedTest
  @MethodSource("runs")
  void matchesTrecEvalAtBothLevelsAndBothAveragings(String runName) {
    Qrels qrels = TrecFormat.readQrels(TrecEvalFixtures.qrels());
    Run run = TrecFormat.readRun(TrecEvalFixtures.run(runName));
    JsonNode exp = TrecEvalFixtures.expected(runName);
    List<String> checked = new ArrayList<>();
    for (int level : new int[] {1, 2}) {
      for (Averaging avg : Averaging.values()) {
        RunResult r = Evaluator.evaluate(qrels, run,
            new EvalSettings(Metrics.parseList(TrecEvalFixtures.METRICS), level, avg));
        assertThat(r.evaluatedTopics()).containsExactlyElementsOf(texts(exp.get("topics_evaluated")));
        assertThat(r.numQ()).isEqualTo(exp.get(avg == Averaging.QRELS ? "num_q_c" : "num_q").asInt());
        JsonNode lv = exp.get("levels").get("l" + level);
        for (Map.Entry<String, String> m : TrecEvalFixtures.MEASURES.entrySet()) {
          check(lv.get(m.getKey()), r, m.getValue(), avg);
          checked.add(m.getKey());
        }
        RunResult l0 = Evaluator.evaluate(qrels, run, new EvalSettings(Metrics.parseList("P@10"), 0, avg));
        check(lv.get("judged_10_P_l0"), l0, "P@10", avg);
      }
    }
    assertThat(checked).hasSize(40);
    System.out.printf(java.util.Locale.ROOT, "%s max abs diff vs trec_eval: %.3g%n", runName, maxAbsDiff);
  }

  static void check(JsonNode expected, RunResult r, String metric, Averaging avg) {
    String meanKey = avg == Averaging.QRELS ? "mean_c" : "mean";
    assertClose(r.mean().get(metric), expected.get(meanKey).asDouble(), metric + " " + meanKey);
    expected.get("per_topic").properties().forEach(e ->
        assertClose(r.perTopic().get(e.getKey()).get(metric), e.getValue().asDouble(), metric + " topic " + e.getKey()));
    assertThat(r.perTopic().keySet()).containsExactlyElementsOf(
        () -> expected.get("per_topic").properties().stream().map(Map.Entry::getKey).iterator());
  }

  static void assertClose(double actual, double expected, String what) {
    maxAbsDiff = Math.max(maxAbsDiff, Math.abs(actual - expected));
    assertThat(actual).as(what).isCloseTo(expected, within(TOLERANCE));
  }

  static List<String> texts(JsonNode arr) {
    List<String> out = new ArrayList<>();
    arr.forEach(n -> out.add(n.asText()));
    return out;
  }
}
