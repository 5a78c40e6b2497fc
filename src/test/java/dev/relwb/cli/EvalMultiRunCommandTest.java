package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.Json;
import dev.relwb.eval.SignificanceTests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `relwb eval` with four runs against a baseline: raw p-values from the existing significance code,
/// Holm–Bonferroni-corrected ones checked against hand-worked expectations.
///
/// Six topics, each with one relevant document `rel` and one non-relevant `non`. RR@10 per topic:
/// A (the default baseline) ranks `non` first everywhere: 0.5 on every topic; B ranks `rel` first
/// everywhere: 1; C ranks `rel` first on q1–q4 (1) and like A on q5–q6 (0.5); D is A again. So the
/// differences against A are B: +0.5 × 6, C: +0.5 × 4 and 0 × 2, D: 0 × 6.
class EvalMultiRunCommandTest {
  private static final double[] A = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
  private static final double[] B = {1, 1, 1, 1, 1, 1};
  private static final double[] C = {1, 1, 1, 1, 0.5, 0.5};
  private static final double EPS = 1e-12;
  @TempDir Path tmp;
  private TestServices s;
  private Path qrels;

  @BeforeEach
  void writeRuns() throws Exception {
    s = new TestServices(tmp);
    StringBuilder q = new StringBuilder();
    for (int t = 1; t <= 6; t++) {
      q.append("q").append(t).append(" 0 rel 1\nq").append(t).append(" 0 non 0\n");
    }
    qrels = Files.writeString(tmp.resolve("qrels.txt"), q);
    run("A", 0);
    run("B", 6);
    run("C", 4);
    run("D", 0);
  }

  /// A run ranking `rel` first on the first `relFirst` topics and second (after `non`) on the others.
  private void run(String name, int relFirst) throws Exception {
    StringBuilder r = new StringBuilder();
    for (int t = 1; t <= 6; t++) {
      List<String> docs = t <= relFirst ? List.of("rel", "non") : List.of("non", "rel");
      for (int i = 0; i < 2; i++) {
        r.append("q").append(t).append(" Q0 ").append(docs.get(i)).append(' ').append(i + 1).append(' ')
            .append(2 - i).append(' ').append(name).append('\n');
      }
    }
    Files.writeString(tmp.resolve(name + ".txt"), r);
  }

  private String[] eval(String... extra) {
    String[] base = {"eval", "--qrels", qrels.toString(), "--run", tmp.resolve("A.txt").toString(), "--run",
        tmp.resolve("B.txt").toString(), "--run", tmp.resolve("C.txt").toString(), "--run",
        tmp.resolve("D.txt").toString(), "--metrics", "RR@10"};
    String[] all = Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  private JsonNode json(String... args) throws Exception {
    TestServices.Result r = s.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return Json.mapper().readTree(r.out());
  }

  @Test
  void holmCorrectsEachTestOverTheThreeComparisons() throws Exception {
    JsonNode j = json(eval("--json"));
    assertThat(j.at("/baseline").asText()).isEqualTo("A");
    JsonNode cs = j.at("/comparisons");
    assertThat(cs).hasSize(3);
    assertThat(j.at("/comparison")).isEqualTo(cs.get(0));
    JsonNode b = cs.get(0).at("/metrics/RR@10");
    JsonNode c = cs.get(1).at("/metrics/RR@10");
    JsonNode d = cs.get(2).at("/metrics/RR@10");
    assertThat(List.of(cs.get(0).at("/run_b").asText(), cs.get(1).at("/run_b").asText(),
        cs.get(2).at("/run_b").asText())).containsExactly("B", "C", "D");
    assertThat(cs.get(0).at("/holm_family_size").asInt()).isEqualTo(3);
    assertThat(b.at("/delta").asDouble()).isCloseTo(0.5, within(EPS));
    assertThat(c.at("/delta").asDouble()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(List.of(b.at("/wins").asInt(), c.at("/wins").asInt(), c.at("/ties").asInt(), d.at("/ties").asInt()))
        .containsExactly(6, 4, 2, 6);

    // Raw p-values: exactly what the existing significance code gives on the per-topic values.
    double randB = SignificanceTests.randomization(A, B, SignificanceTests.PERMUTATIONS, SignificanceTests.SEED);
    double randC = SignificanceTests.randomization(A, C, SignificanceTests.PERMUTATIONS, SignificanceTests.SEED);
    double tC = SignificanceTests.pairedT(A, C);
    assertThat(b.at("/p_randomization").asDouble()).isEqualTo(randB);
    assertThat(c.at("/p_randomization").asDouble()).isEqualTo(randC);
    assertThat(d.at("/p_randomization").asDouble()).isEqualTo(1.0);
    assertThat(b.at("/p_ttest").asDouble()).isEqualTo(0.0);
    assertThat(c.at("/p_ttest").asDouble()).isEqualTo(tC);
    assertThat(d.at("/p_ttest").asDouble()).isEqualTo(1.0);
    // By hand: six same-sign differences give exact p = 2/2^6 = 0.03125 for B, four give 2/2^4 = 0.125
    // for C (zeros never change the sum); C's t = (1/3) / (sqrt(1/15) / sqrt(6)) = sqrt(10) ≈ 3.162 with
    // 5 df, p ≈ 0.0253. B's differences are constant and non-zero (t-test p = 0); D equals A (p = 1).
    assertThat(randB).isCloseTo(0.03125, within(0.006));
    assertThat(randC).isCloseTo(0.125, within(0.01));
    assertThat(tC).isCloseTo(0.0253, within(0.0005));

    // Holm, randomization family (m = 3): ascending B < C < D. B: 3 × randB (≈ 0.094);
    // C: max(3 × randB, 2 × randC) = 2 × randC (≈ 0.25, since 3 × 0.037 < 2 × 0.115); D: max(…, 1 × 1) = 1.
    assertThat(b.at("/p_randomization_holm").asDouble()).isCloseTo(3 * randB, within(EPS));
    assertThat(c.at("/p_randomization_holm").asDouble()).isCloseTo(2 * randC, within(EPS));
    assertThat(d.at("/p_randomization_holm").asDouble()).isEqualTo(1.0);
    // Holm, t-test family (m = 3): ascending B (0) < C < D (1). B: 3 × 0 = 0; C: 2 × tC (≈ 0.0506);
    // D: 1 × 1 = 1.
    assertThat(b.at("/p_t_holm").asDouble()).isEqualTo(0.0);
    assertThat(c.at("/p_t_holm").asDouble()).isCloseTo(2 * tC, within(EPS));
    assertThat(d.at("/p_t_holm").asDouble()).isEqualTo(1.0);
    // The per-topic deltas stay available for a per-topic chart.
    assertThat(c.at("/per_topic_delta/q1").asDouble()).isCloseTo(0.5, within(EPS));
    assertThat(c.at("/per_topic_delta/q6").asDouble()).isCloseTo(0.0, within(EPS));
  }

  @Test
  void tableNamesTheHolmFamilyAndCsvCarriesTheCorrectedValues() {
    TestServices.Result t = s.run(eval());
    assertThat(t.exit()).as(t.err()).isZero();
    assertThat(t.out()).contains("p(rand,Holm)", "p(t,Holm)",
        "Holm-Bonferroni over the 3 comparisons with A, per metric and test")
        .containsPattern("RR@10\\s+0\\.5000\\s+1\\.0000\\s+0\\.8333\\s+0\\.5000")
        .containsPattern("RR@10\\s+C\\s+\\+0\\.3333\\s+4/0/2")
        .containsPattern("RR@10\\s+D\\s+\\+0\\.0000\\s+0/0/6\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000");
    String md = s.run(eval("--format", "markdown")).out();
    assertThat(md).contains("| metric | A | B | C | D |", "| metric | run | delta | W/L/T | p(rand) | p(rand,Holm) |");
    List<String> csv = s.run(eval("--format", "csv")).out().lines().toList();
    assertThat(csv.getFirst()).startsWith("topic,metric,A,B,C,D,B:delta,B:wins,B:losses,B:ties,B:p_randomization,"
        + "B:p_randomization_holm,B:p_ttest,B:p_t_holm,C:delta");
    assertThat(csv.getLast()).startsWith("all,RR@10,0.5,1.0,");
  }

  @Test
  void baselineByNameOrByRunValue() throws Exception {
    JsonNode byName = json(eval("--baseline", "C", "--json"));
    JsonNode bySpec = json(eval("--baseline", tmp.resolve("C.txt").toString(), "--json"));
    assertThat(bySpec.at("/comparisons")).isEqualTo(byName.at("/comparisons"));
    assertThat(byName.at("/baseline").asText()).isEqualTo("C");
    JsonNode cs = byName.at("/comparisons");
    assertThat(cs).hasSize(3);
    assertThat(List.of(cs.get(0).at("/run_b").asText(), cs.get(1).at("/run_b").asText(),
        cs.get(2).at("/run_b").asText())).containsExactly("A", "B", "D");
    assertThat(cs.get(0).at("/run_a").asText()).isEqualTo("C");
    assertThat(cs.get(0).at("/metrics/RR@10/delta").asDouble()).isCloseTo(-1.0 / 3, within(EPS));
    TestServices.Result bad = s.run(eval("--baseline", "nope"));
    assertThat(bad.exit()).isNotZero();
    assertThat(bad.err()).contains("Baseline 'nope' is none of the runs given");
  }

  @Test
  void withTwoRunsTheHolmValuesAreTheRawOnes() throws Exception {
    JsonNode j = json("eval", "--qrels", qrels.toString(), "--run", tmp.resolve("A.txt").toString(), "--run",
        tmp.resolve("C.txt").toString(), "--metrics", "RR@10", "--json");
    JsonNode m = j.at("/comparison/metrics/RR@10");
    assertThat(m.at("/p_randomization_holm").asDouble()).isEqualTo(m.at("/p_randomization").asDouble());
    assertThat(m.at("/p_t_holm").asDouble()).isEqualTo(m.at("/p_ttest").asDouble());
    assertThat(j.at("/comparisons")).hasSize(1);
    String table = s.run("eval", "--qrels", qrels.toString(), "--run", tmp.resolve("A.txt").toString(), "--run",
        tmp.resolve("C.txt").toString(), "--metrics", "RR@10").out();
    assertThat(table).doesNotContain("Holm").contains("delta (B - A)");
  }
}
