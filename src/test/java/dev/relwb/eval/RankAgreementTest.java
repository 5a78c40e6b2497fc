package dev.relwb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/// The accuracy figures of `--compare-precision` on hand-checked cases.
class RankAgreementTest {
  @Test
  void identicalScoresAgreeFully() {
    float[] a = {3, 1, 2, 5, 4};
    RankAgreement r = RankAgreement.of(a, a.clone(), 3);
    assertThat(r.maxAbs()).isZero();
    assertThat(r.topK()).isEqualTo(1.0);
    assertThat(r.tau()).isEqualTo(1.0);
  }

  @Test
  void aReversedOrderHasTauMinusOneAndOneSwapCostsTwoOverTen() {
    float[] a = {1, 2, 3, 4, 5};
    assertThat(RankAgreement.tau(a, new float[] {5, 4, 3, 2, 1})).isEqualTo(-1.0);
    // one adjacent swap of 5 items: 9 concordant, 1 discordant pairs of 10 → 0.8
    assertThat(RankAgreement.tau(a, new float[] {1, 2, 3, 5, 4})).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void differencesAndTopKOverlap() {
    float[] ref = {0.9f, 0.8f, 0.1f, 0.2f};
    float[] got = {0.85f, 0.1f, 0.3f, 0.2f};
    RankAgreement r = RankAgreement.of(ref, got, 2);
    assertThat(r.maxAbs()).isCloseTo(0.7, within(1e-6));
    assertThat(r.meanAbs()).isCloseTo((0.05 + 0.7 + 0.2 + 0) / 4, within(1e-6));
    assertThat(r.topK()).isEqualTo(0.5);           // top 2: {0, 1} against {0, 2}
  }
}
