package dev.relwb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.relwb.eval.metric.Metrics;
import java.util.List;
import org.junit.jupiter.api.Test;

/// Known answers for the paired tests.
class SignificanceTestsTest {
  private static final double[] A = {0.1, 0.4, 0.35, 0.8, 0.2, 0.55, 0.6, 0.3, 0.45, 0.7, 0.25, 0.5};

  @Test
  void identicalRunsGivePOne() {
    assertThat(SignificanceTests.randomization(A, A.clone(), 10_000, SignificanceTests.SEED)).isEqualTo(1.0);
    assertThat(SignificanceTests.pairedT(A, A.clone())).isEqualTo(1.0);
  }

  @Test
  void aRunThatWinsEveryTopicIsSignificant() {
    double[] b = new double[A.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = A[i] + 0.05 + 0.01 * (i % 3);
    }
    double p = SignificanceTests.randomization(A, b, 10_000, SignificanceTests.SEED);
    // exact two-sided p for 12 same-sign differences: 2 / 2^12 = 0.000488
    assertThat(p).isLessThan(0.01).isCloseTo(2.0 / 4096, within(0.0006));
    assertThat(SignificanceTests.pairedT(A, b)).isLessThan(1e-6);
  }

  @Test
  void pValueIsReproducibleWithTheFixedSeed() {
    double[] b = {0.2, 0.3, 0.4, 0.7, 0.3, 0.5, 0.65, 0.2, 0.5, 0.6, 0.3, 0.55};
    double p1 = SignificanceTests.randomization(A, b, 10_000, SignificanceTests.SEED);
    assertThat(SignificanceTests.randomization(A, b, 10_000, SignificanceTests.SEED)).isEqualTo(p1);
    assertThat(p1).isBetween(0.0, 1.0);
  }

  @Test
  void pairedTMatchesAHandComputedValue() {
    // d = {1, 2, 3, 4}: mean 2.5, sd 1.29099, t = 3.87298 with 3 df; two-sided p = 0.030466
    double p = SignificanceTests.pairedT(new double[] {0, 0, 0, 0}, new double[] {1, 2, 3, 4});
    assertThat(p).isCloseTo(0.030466, within(1e-5));
  }

  @Test
  void comparisonOfTwoFixtureRunsCountsWinsLossesTiesOverTheTopics() {
    Qrels q = TrecFormat.readQrels(TrecEvalFixtures.qrels());
    Run a = TrecFormat.readRun(TrecEvalFixtures.run("run_a_baseline"));
    Run b = TrecFormat.readRun(TrecEvalFixtures.run("run_c_rankmismatch"));
    EvalSettings s = new EvalSettings(Metrics.parseList("nDCG@10,AP,Judged@10"), 1, Averaging.QRELS);
    RunResult ra = Evaluator.evaluate(q, a, s);
    RunResult rb = Evaluator.evaluate(q, b, s);
    Comparison c = Comparison.of(q, a, b, ra, rb, s, 10);
    assertThat(c.topics()).hasSize(30);
    for (MetricComparison m : c.metrics()) {
      assertThat(m.wins() + m.losses() + m.ties()).isEqualTo(30);
      assertThat(m.meanA()).isCloseTo(ra.mean().get(m.metric()), within(1e-12));
      assertThat(m.meanB()).isCloseTo(rb.mean().get(m.metric()), within(1e-12));
      assertThat(m.delta()).isCloseTo(m.meanB() - m.meanA(), within(1e-15));
      assertThat(m.perTopicDelta()).hasSize(30);
    }
    assertThat(c.unjudgedA()).isCloseTo(1 - ra.mean().get("Judged@10") * 30 / 28, within(1e-9));
    Comparison same = Comparison.of(q, a, a, ra, ra, s, 10);
    assertThat(same.metrics()).allSatisfy(m -> {
      assertThat(m.pRandomization()).isEqualTo(1.0);
      assertThat(m.pTTest()).isEqualTo(1.0);
      assertThat(m.ties()).isEqualTo(30);
    });
    assertThat(List.of(c.permutations())).containsExactly(10_000);
  }
}
