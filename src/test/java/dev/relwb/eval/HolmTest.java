package dev.relwb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/// Holm–Bonferroni against values worked out by hand.
class HolmTest {
  private static final double EPS = 1e-12;

  @Test
  void stepDownWithMonotonicity() {
    // m = 3. Ascending: 0.01 (i = 0) × 3 = 0.03; 0.03 (i = 1) × 2 = 0.06; 0.04 (i = 2) × 1 = 0.04,
    // raised to 0.06 to stay non-decreasing. Back in input order: 0.03, 0.06, 0.06.
    assertThat(Holm.adjust(new double[] {0.01, 0.04, 0.03})).containsExactly(new double[] {0.03, 0.06, 0.06},
        within(EPS));
  }

  @Test
  void capsAtOneAndKeepsTheInputOrder() {
    // m = 4. Ascending: 0.001 × 4 = 0.004; 0.02 × 3 = 0.06; 0.3 × 2 = 0.6; 0.8 × 1 = 0.8.
    assertThat(Holm.adjust(new double[] {0.8, 0.02, 0.3, 0.001}))
        .containsExactly(new double[] {0.8, 0.06, 0.6, 0.004}, within(EPS));
    // m = 2. Ascending: 0.6 × 2 = 1.2 → 1; 0.7 × 1 = 0.7 → raised to 1.
    assertThat(Holm.adjust(new double[] {0.7, 0.6})).containsExactly(1.0, 1.0);
  }

  @Test
  void nanStaysNanAndDoesNotCount() {
    // m = 2 (the NaN is left out). Ascending: 0.01 × 2 = 0.02; 0.04 × 1 = 0.04.
    double[] adj = Holm.adjust(new double[] {0.04, Double.NaN, 0.01});
    assertThat(adj[0]).isCloseTo(0.04, within(EPS));
    assertThat(adj[1]).isNaN();
    assertThat(adj[2]).isCloseTo(0.02, within(EPS));
  }

  @Test
  void tiesOneValueAndEmpty() {
    // m = 3, all 0.02: 0.06, then 0.04 and 0.02 raised to 0.06.
    assertThat(Holm.adjust(new double[] {0.02, 0.02, 0.02})).containsExactly(new double[] {0.06, 0.06, 0.06},
        within(EPS));
    assertThat(Holm.adjust(new double[] {0.037})).containsExactly(0.037);
    assertThat(Holm.adjust(new double[0])).isEmpty();
    double[] in = {0.5, 0.1};
    Holm.adjust(in);
    assertThat(in).containsExactly(0.5, 0.1);
  }
}
