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
}
