package dev.relwb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/// Agreement on hand-computed cases.
class AgreementTest {
  @Test
  void quadraticWeightedCohenKappaOfAHandComputedCase() {
    // A = 0,1,2,3; B = 0,1,2,2: observed weighted disagreement 1/9, expected 8/9 -> kappa = 1 - 1/8
    List<Rating> r = new ArrayList<>();
    int[] a = {0, 1, 2, 3};
    int[] b = {0, 1, 2, 2};
    for (int i = 0; i < a.length; i++) {
      r.add(new Rating("q", "d" + i, "ann", a[i]));
      r.add(new Rating("q", "d" + i, "bob", b[i]));
    }
    Agreement ag = Agreement.of(r);
    assertThat(ag.pairs()).singleElement().satisfies(p -> {
      assertThat(p.items()).isEqualTo(4);
      assertThat(p.kappa()).isCloseTo(0.875, within(1e-12));
    });
    assertThat(ag.disagreements()).singleElement().satisfies(d -> {
      assertThat(d.doc()).isEqualTo("d3");
      assertThat(d.grades()).containsEntry("ann", 3).containsEntry("bob", 2);
      assertThat(d.spread()).isEqualTo(1);
    });
  }

  @Test
  void fleissKappaOfAHandComputedCase() {
    // 4 items x 3 raters: P-bar = 84/144, P_e = 38/144 -> kappa = 46/106
    int[][] grades = {{0, 0, 0}, {1, 1, 2}, {3, 3, 3}, {0, 1, 2}};
    List<Rating> r = new ArrayList<>();
    for (int i = 0; i < grades.length; i++) {
      for (int k = 0; k < 3; k++) {
        r.add(new Rating("q", "d" + i, "r" + k, grades[i][k]));
      }
    }
    Agreement ag = Agreement.of(r);
    assertThat(ag.fleissKappa()).isCloseTo(46.0 / 106, within(1e-12));
    assertThat(ag.fleissItems()).isEqualTo(4);
    assertThat(ag.pairs()).hasSize(3);
    assertThat(ag.disagreements()).extracting(Agreement.Disagreement::doc).containsExactly("d3", "d1");
  }

  @Test
  void kappaIsUndefinedWithoutVariationAndPerfectAgreementIsOne() {
    List<Rating> same = List.of(new Rating("q", "a", "x", 2), new Rating("q", "a", "y", 2),
        new Rating("q", "b", "x", 2), new Rating("q", "b", "y", 2));
    assertThat(Agreement.of(same).pairs().get(0).kappa()).isNaN();
    List<Rating> perfect = List.of(new Rating("q", "a", "x", 0), new Rating("q", "a", "y", 0),
        new Rating("q", "b", "x", 3), new Rating("q", "b", "y", 3));
    assertThat(Agreement.of(perfect).pairs().get(0).kappa()).isEqualTo(1.0);
    assertThat(Agreement.of(perfect).fleissKappa()).isEqualTo(1.0);
  }
}
