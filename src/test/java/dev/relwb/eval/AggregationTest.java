package dev.relwb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/// The aggregation rules on hand-made ratings: ties, rounding, adjudication first, pair order.
class AggregationTest {
  private static final String ADJ = "adjudicated";

  private static Rating r(String topic, String doc, String annotator, int grade) {
    return new Rating(topic, doc, annotator, grade);
  }

  @Test
  void eachRuleOnOnePair() {
    assertThat(Aggregation.LATEST.grade(3, 0, 1)).isEqualTo(1);
    assertThat(Aggregation.MAJORITY.grade(0, 2, 2, 3)).isEqualTo(2);
    assertThat(Aggregation.MEAN.grade(0, 2, 3, 3)).as("2.0").isEqualTo(2);
    assertThat(Aggregation.MAX.grade(1, 3, 0)).isEqualTo(3);
    for (Aggregation a : Aggregation.values()) {
      assertThat(a.grade(2)).as(a.label()).isEqualTo(2);
    }
  }

  @Test
  void majorityTiesGoToTheHigherGradeWhateverTheOrder() {
    assertThat(Aggregation.MAJORITY.grade(1, 2)).isEqualTo(2);
    assertThat(Aggregation.MAJORITY.grade(2, 1)).isEqualTo(2);
    assertThat(Aggregation.MAJORITY.grade(2, 2, 1, 1)).isEqualTo(2);
    assertThat(Aggregation.MAJORITY.grade(0, 3, 0, 3, 1)).isEqualTo(3);
    assertThat(Aggregation.MAJORITY.grade(3, 1, 1)).as("a majority beats a higher grade").isEqualTo(1);
  }

  @Test
  void meanRoundsHalfUp() {
    assertThat(Aggregation.MEAN.grade(1, 2)).as("1.5").isEqualTo(2);
    assertThat(Aggregation.MEAN.grade(2, 3)).as("2.5").isEqualTo(3);
    assertThat(Aggregation.MEAN.grade(0, 1)).as("0.5").isEqualTo(1);
    assertThat(Aggregation.MEAN.grade(1, 1, 2)).as("1.33").isEqualTo(1);
    assertThat(Aggregation.MEAN.grade(1, 2, 2)).as("1.67").isEqualTo(2);
    assertThat(Aggregation.MEAN.grade(0, 0, 0, 1)).as("0.25").isZero();
  }

  @Test
  void anAdjudicatedGradeWinsUnderEveryRule() {
    List<Rating> ratings = List.of(r("q1", "d1", "ann", 3), r("q1", "d1", ADJ, 0), r("q1", "d1", "bob", 3),
        r("q1", "d2", "ann", 1), r("q1", "d2", "bob", 2));
    for (Aggregation a : Aggregation.values()) {
      assertThat(a.combine(ratings, ADJ)).as(a.label()).first().isEqualTo(new QrelsRow("q1", "d1", 0, 0));
    }
    assertThat(Aggregation.LATEST.combine(ratings, ADJ).get(1).grade()).isEqualTo(2);
    assertThat(Aggregation.MAJORITY.combine(ratings, ADJ).get(1).grade()).isEqualTo(2);
    assertThat(Aggregation.MEAN.combine(ratings, ADJ).get(1).grade()).isEqualTo(2);
    assertThat(Aggregation.MAX.combine(ratings, ADJ).get(1).grade()).isEqualTo(2);
    assertThat(Aggregation.MAJORITY.combine(ratings, null).getFirst().grade())
        .as("without an adjudicator it is one more vote").isEqualTo(3);
  }

  @Test
  void combineGivesOnePairPerTopicAndDocInFirstSeenOrder() {
    List<Rating> ratings = List.of(r("q2", "d9", "ann", 1), r("q1", "d1", "ann", 2), r("q2", "d9", "bob", 3),
        r("q1", "d1", "bob", 0), r("q1", "d1", "cy", 0), r("q1", "d3", "cy", 1));
    assertThat(Aggregation.LATEST.combine(ratings, ADJ)).containsExactly(new QrelsRow("q2", "d9", 3, 0),
        new QrelsRow("q1", "d1", 0, 0), new QrelsRow("q1", "d3", 1, 0));
    assertThat(Aggregation.MAJORITY.combine(ratings, ADJ)).extracting(QrelsRow::grade).containsExactly(3, 0, 1);
    assertThat(Aggregation.MEAN.combine(ratings, ADJ)).extracting(QrelsRow::grade).containsExactly(2, 1, 1);
    assertThat(Aggregation.MAX.combine(ratings, ADJ)).extracting(QrelsRow::grade).containsExactly(3, 2, 1);
    assertThat(Aggregation.MAX.combine(List.of(), ADJ)).isEmpty();
  }

  @Test
  void namesParseCaseInsensitivelyAndUnknownOnesAreNamed() {
    assertThat(Aggregation.parse(" Majority ")).isEqualTo(Aggregation.MAJORITY);
    assertThat(Aggregation.MEAN.label()).isEqualTo("mean");
    assertThatThrownBy(() -> Aggregation.parse("median")).hasMessage(
        "Unknown aggregation 'median'; use latest, majority, mean or max");
    assertThatThrownBy(() -> Aggregation.MAX.grade()).isInstanceOf(IllegalArgumentException.class);
  }
}
