package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.DocId;
import dev.relwb.core.Grade;
import dev.relwb.core.Json;
import dev.relwb.core.QueryId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `relwb eval --aggregate` and `relwb judge export --aggregate`, in-process, on a workspace judged by three
/// annotators with one adjudicated pair; the nDCG@10 of each rule is computed by hand below.
class EvalAggregateCommandTest {
  @TempDir Path tmp;

  /// Grades recorded in this order; `-` is a skip. Per rule (d4 adjudicated to 0):
  ///
  /// | doc | ann | bob | cy | latest | majority | mean | max |
  /// | --- | --- | --- | --- | --- | --- | --- | --- |
  /// | d1 | 3 | 1 | | 1 | 3 (tie) | 2 | 3 |
  /// | d2 | 0 | 2 | 0 | 0 | 0 | 1 (0.67) | 2 |
  /// | d3 | 2 | - | | 2 | 2 | 2 | 2 |
  /// | d4 | 1 | 3 | | 0 | 0 | 0 | 0 |
  /// | d5 | 3 | 3 | | 3 | 3 | 3 | 3 |
  private static final String[][] JUDGMENTS = {
      {"d1", "3", "ann"}, {"d2", "0", "ann"}, {"d3", "2", "ann"}, {"d4", "1", "ann"}, {"d5", "3", "ann"},
      {"d1", "1", "bob"}, {"d2", "2", "bob"}, {"d3", "skip", "bob"}, {"d4", "3", "bob"}, {"d5", "3", "bob"},
      {"d2", "0", "cy"}};

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }

  private TestServices judged() {
    TestServices s = new TestServices(tmp);
    for (String[] j : JUDGMENTS) {
      TestServices.Result r = s.run("judge", "set", "--workspace", "w", "--topic", "q1", "--doc", j[0], "--grade", j[1],
          "--annotator", j[2]);
      assertThat(r.exit()).as(r.err()).isZero();
    }
    s.judgments().adjudicate("w", new QueryId("q1"), new DocId("d4"), new Grade(0), "bob misread it");
    return s;
  }

  private static double ndcg(TestServices s, Path run, String... grades) throws Exception {
    String[] args = new String[6 + grades.length];
    System.arraycopy(new String[] {"eval", "--workspace", "w", "--run", run.toString(), "--json"}, 0, args, 0, 6);
    System.arraycopy(grades, 0, args, 6, grades.length);
    TestServices.Result r = s.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = Json.mapper().readTree(r.out());
    return json.at("/runs/0/per_topic/q1/nDCG@10").asDouble();
  }

  @Test
  void eachRuleGivesItsHandComputedNdcg() throws Exception {
    TestServices s = judged();
    Path run = Files.writeString(tmp.resolve("a.run"),
        "q1 Q0 d1 1 9 A\nq1 Q0 d2 2 8 A\nq1 Q0 d3 3 7 A\nq1 Q0 d4 4 6 A\nq1 Q0 x 5 5 A\n", StandardCharsets.UTF_8);
    // ranked d1 d2 d3 d4 x; the ideal ranking sorts every judged grade of q1 (d5 too)
    double latest = (1 + 0 / log2(3) + 2 / log2(4)) / (3 + 2 / log2(3) + 1 / log2(4));           // 0.4200
    double majority = (3 + 0 / log2(3) + 2 / log2(4)) / (3 + 3 / log2(3) + 2 / log2(4));         // 0.6788
    double mean = (2 + 1 / log2(3) + 2 / log2(4)) / (3 + 2 / log2(3) + 2 / log2(4) + 1 / log2(5)); // 0.6378
    double max = (3 + 2 / log2(3) + 2 / log2(4)) / (3 + 3 / log2(3) + 2 / log2(4) + 2 / log2(5));  // 0.7791
    double annOnly = (3 + 0 / log2(3) + 2 / log2(4) + 1 / log2(5)) / (3 + 3 / log2(3) + 2 / log2(4) + 1 / log2(5));
    assertThat(ndcg(s, run, "--aggregate", "latest")).isCloseTo(latest, within(1e-12));
    assertThat(ndcg(s, run)).as("the default is latest").isCloseTo(latest, within(1e-12));
    assertThat(ndcg(s, run, "--aggregate", "MAJORITY")).isCloseTo(majority, within(1e-12));
    assertThat(ndcg(s, run, "--aggregate", "mean")).isCloseTo(mean, within(1e-12));
    assertThat(ndcg(s, run, "--aggregate", "max")).isCloseTo(max, within(1e-12));
    assertThat(ndcg(s, run, "--annotator", "ann")).as("one annotator, no adjudication")
        .isCloseTo(annOnly, within(1e-12));
    assertThat(List.of(latest, majority, mean, max)).as("the rules differ here").doesNotHaveDuplicates();
    assertThat(majority).as("4 / (4 + 3 / log2 3)").isCloseTo(0.6787957, within(1e-7));
  }

  @Test
  void exportWritesTheAggregatedGrades() throws Exception {
    TestServices s = judged();
    Path out = tmp.resolve("majority.txt");
    TestServices.Result r = s.run("judge", "export", "--workspace", "w", "--format", "trec", "--aggregate", "majority",
        out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readAllLines(out)).containsExactly("q1 0 d1 3", "q1 0 d2 0", "q1 0 d3 2", "q1 0 d4 0",
        "q1 0 d5 3");
    s.run("judge", "export", "--workspace", "w", "--format", "trec", "--aggregate", "mean", out.toString());
    assertThat(Files.readAllLines(out)).containsExactly("q1 0 d1 2", "q1 0 d2 1", "q1 0 d3 2", "q1 0 d4 0",
        "q1 0 d5 3");
    s.run("judge", "export", "--workspace", "w", "--format", "trec", "--annotator", "bob", out.toString());
    assertThat(Files.readAllLines(out)).containsExactly("q1 0 d1 1", "q1 0 d2 2", "q1 0 d4 3", "q1 0 d5 3");
  }

  @Test
  void annotatorAndAggregateExcludeEachOtherAndUnknownRulesAreNamed() throws Exception {
    TestServices s = judged();
    Path run = Files.writeString(tmp.resolve("a.run"), "q1 Q0 d1 1 9 A\n", StandardCharsets.UTF_8);
    TestServices.Result both = s.run("eval", "--workspace", "w", "--run", run.toString(), "--annotator", "ann",
        "--aggregate", "max");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("mutually exclusive");
    TestServices.Result bad = s.run("eval", "--workspace", "w", "--run", run.toString(), "--aggregate", "median");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err()).contains("Unknown aggregation 'median'; use latest, majority, mean or max");
    TestServices.Result exp = s.run("judge", "export", "--workspace", "w", "--annotator", "ann", "--aggregate", "max",
        tmp.resolve("x.txt").toString());
    assertThat(exp.exit()).isEqualTo(2);
  }
}
