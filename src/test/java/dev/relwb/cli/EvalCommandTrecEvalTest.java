package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.Json;
import dev.relwb.eval.TrecEvalFixtures;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// `relwb eval --json` reproduces every trec_eval 9.0.8 value of the fixtures (per topic and mean,
/// `-l 1`/`-l 2`, with and without `-c`) to 1e-9, run in-process through picocli.
class EvalCommandTrecEvalTest {
  static final List<String> RUNS = TrecEvalFixtures.RUNS;
  static final Map<String, String> MEASURES = TrecEvalFixtures.MEASURES;
  static double maxAbsDiff;

  @TempDir Path tmp;

  static List<String> runs() {
    return RUNS;
  }

  @ParameterizedTest
  @MethodSource("runs")
  void jsonOutputMatchesTrecEval(String run) throws Exception {
    Path root = root();
    JsonNode exp = Json.mapper().readTree(root.resolve("expected/" + run + ".json").toFile());
    TestServices services = new TestServices(tmp);
    int checked = 0;
    for (String level : List.of("1", "2")) {
      for (String avg : List.of("run", "qrels")) {
        JsonNode out = eval(services, root, run, String.join(",", MEASURES.values()), level, avg);
        assertThat(out.get("averaging").asText()).isEqualTo(avg);
        assertThat(out.get("relevance_threshold").asInt()).isEqualTo(Integer.parseInt(level));
        JsonNode r = out.get("runs").get(0);
        assertThat(r.get("run").asText()).isEqualTo(run);
        JsonNode lv = exp.get("levels").get("l" + level);
        for (Map.Entry<String, String> m : MEASURES.entrySet()) {
          checked += compare(lv.get(m.getKey()), r, m.getValue(), avg);
        }
        JsonNode l0 = eval(services, root, run, "P@10", "0", avg).get("runs").get(0);
        checked += compare(lv.get("judged_10_P_l0"), l0, "P@10", avg);
      }
    }
    assertThat(checked).isGreaterThan(4 * 11 * 20);
    System.out.printf(java.util.Locale.ROOT, "%s: %d values via CLI, max abs diff %.3g%n", run, checked, maxAbsDiff);
  }

  private static JsonNode eval(TestServices s, Path root, String run, String metrics, String level, String avg)
      throws IOException {
    TestServices.Result res = s.run("eval", "--qrels", root.resolve("qrels.txt").toString(),
        "--run", root.resolve("runs/" + run + ".txt").toString(), "--metrics", metrics, "--rel", level,
        "--average", avg, "--json");
    assertThat(res.exit()).as(res.err()).isZero();
    return Json.mapper().readTree(res.out());
  }

  private static int compare(JsonNode expected, JsonNode run, String metric, String avg) {
    double mean = run.get("mean").get(metric).asDouble();
    close(mean, expected.get(avg.equals("qrels") ? "mean_c" : "mean").asDouble(), metric);
    int n = 1;
    for (Map.Entry<String, JsonNode> e : expected.get("per_topic").properties()) {
      close(run.get("per_topic").get(e.getKey()).get(metric).asDouble(), e.getValue().asDouble(), metric + " " + e.getKey());
      n++;
    }
    assertThat(run.get("per_topic").size()).isEqualTo(expected.get("per_topic").size());
    return n;
  }

  private static void close(double actual, double expected, String what) {
    maxAbsDiff = Math.max(maxAbsDiff, Math.abs(actual - expected));
    assertThat(actual).as(what).isCloseTo(expected, within(1e-9));
  }

  static Path root() throws URISyntaxException {
    return Path.of(EvalCommandTrecEvalTest.class.getResource("/trec_eval/README.md").toURI()).getParent();
  }
}
