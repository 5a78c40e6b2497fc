package dev.relwb.ui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.eval.Aggregation;
import dev.relwb.service.CompareRequest;
import dev.relwb.service.Settings;
import dev.relwb.ui.FakePorts;
import dev.relwb.ui.support.SameThreadTaskRunner;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/// The Evaluation tab's *Aggregate* choice reaches the comparison request.
class EvaluationViewModelTest {
  @Test
  void theAggregateChoiceIsPassedToTheComparison() {
    FakePorts ports = new FakePorts();
    EvaluationViewModel vm = new EvaluationViewModel(ports, SameThreadTaskRunner.immediate(),
        new SimpleStringProperty("Fake"), () -> "auto", () -> 20, Settings::defaults);
    vm.refresh();
    assertThat(vm.aggregations()).containsExactly(Aggregation.LATEST, Aggregation.MAJORITY, Aggregation.MEAN,
        Aggregation.MAX);
    assertThat(vm.aggregation().get()).isEqualTo(Aggregation.LATEST);
    vm.run();
    vm.aggregation().set(Aggregation.MAJORITY);
    vm.run();
    vm.aggregation().set(Aggregation.MAX);
    vm.run();
    vm.aggregation().set(null);
    vm.run();
    assertThat(ports.compareRequests).extracting(CompareRequest::aggregation).containsExactly(Aggregation.LATEST,
        Aggregation.MAJORITY, Aggregation.MAX, Aggregation.LATEST);
    assertThat(ports.compareRequests).allSatisfy(r -> {
      assertThat(r.workspace()).isEqualTo("Fake");
      assertThat(r.topicSet()).isEqualTo("all judged topics");
      assertThat(r.depth()).isEqualTo(20);
    });
    assertThat(vm.status().get()).isEqualTo("Evaluated 3 topics.");
  }

  @Test
  void threeSystemsShowHolmValuesFromTheReportAndTheBaselineCanChange() {
    FakePorts ports = new FakePorts();
    Settings settings = Settings.defaults().withModels(java.util.List.of("/models/alpha", "org/beta"), 4.0);
    EvaluationViewModel vm = new EvaluationViewModel(ports, SameThreadTaskRunner.immediate(),
        new SimpleStringProperty("Fake"), () -> "auto", () -> 20, () -> settings);
    vm.refresh();
    assertThat(vm.models()).extracting(EvaluationViewModel.ModelChoice::system)
        .containsExactly("BM25+alpha", "BM25+beta");
    vm.models().getFirst().selected().set(true);
    assertThat(vm.systems()).containsExactly("BM25", "BM25+mono-XM", "BM25+alpha");
    vm.run();
    assertThat(ports.compareRequests.getLast().models()).containsExactly("/models/alpha");
    assertThat(ports.compareRequests.getLast().baseline()).isEqualTo("BM25");
    assertThat(vm.meanSystems()).containsExactly("BM25", "BM25+mono-XM", "BM25+alpha");
    assertThat(vm.means()).hasSize(2);
    assertThat(vm.deltas()).hasSize(4);
    var report = vm.report().get().report();
    for (EvaluationViewModel.DeltaRow row : vm.deltas()) {
      var expected = report.comparisons().stream().filter(c -> c.runB().equals(row.system())).findFirst()
          .orElseThrow().metrics().stream().filter(m -> m.metric().equals(row.metric())).findFirst().orElseThrow();
      assertThat(row.comparison().pRandomizationHolm()).isEqualTo(expected.pRandomizationHolm());
      assertThat(row.comparison().pTTestHolm()).isEqualTo(expected.pTTestHolm());
    }
    assertThat(vm.holmNote().get()).contains("Holm–Bonferroni").contains("per metric");
    vm.chartSystem().set("BM25+alpha");
    assertThat(vm.winLossTie().get()).startsWith("BM25+alpha against BM25");
    vm.baseline().set("BM25+mono-XM");
    assertThat(ports.compareRequests.getLast().baseline()).isEqualTo("BM25+mono-XM");
    assertThat(vm.meanSystems()).containsExactly("BM25+mono-XM", "BM25", "BM25+alpha");
    assertThat(vm.deltas()).extracting(EvaluationViewModel.DeltaRow::system).contains("BM25", "BM25+alpha")
        .doesNotContain("BM25+mono-XM");
  }
}
