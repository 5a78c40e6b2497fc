package dev.relwb.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.Grade;
import dev.relwb.eval.Agreement;
import dev.relwb.judge.Judgment;
import dev.relwb.service.Judging;
import dev.relwb.ui.FakePorts;
import dev.relwb.ui.support.SameThreadTaskRunner;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// *Annotators & agreement* without the FX toolkit: the κ table, the disagreements and adjudication.
class AgreementViewModelTest {
  private final FakePorts ports = new FakePorts();
  private final SameThreadTaskRunner runner = SameThreadTaskRunner.immediate();
  private final StringProperty workspace = new SimpleStringProperty("");
  private AgreementViewModel vm;

  @BeforeEach
  void setUp() {
    TeamFixtures.judgments(ports);
    vm = new AgreementViewModel(ports, runner, workspace);
    workspace.set("Fake");
    vm.refresh();
  }

  @Test
  void showsCohensKappaPerPairAndFleissKappa() {
    assertThat(vm.annotators()).containsExactly("alice", "bob", "carol");
    assertThat(vm.pairs()).extracting(p -> p.annotatorA() + "-" + p.annotatorB() + " " + p.items())
        .containsExactly("alice-bob 9", "alice-carol 6", "bob-carol 6");
    Agreement.PairKappa ab = vm.pairs().getFirst();
    assertThat(DisagreementRow.kappa(ab.kappa())).matches("-?\\d\\.\\d{3}");
    assertThat(vm.fleiss().get()).startsWith("Fleiss' κ ").contains(" over 9 items");
    assertThat(DisagreementRow.kappa(Double.NaN)).isEqualTo("—");
    assertThat(DisagreementRow.kappa(0.41234)).isEqualTo("0.412");
  }

  @Test
  void listsTheDisagreementsLargestSpreadFirstWithTheQueryText() {
    assertThat(vm.disagreements()).extracting(r -> r.topic() + "/" + r.doc() + " " + r.spread())
        .containsExactly("q2/d4 2", "q4/d10 2", "q1/d1 1", "q1/d2 1", "q1/d9 1", "q2/d8 1", "q4/d8 1");
    DisagreementRow first = vm.disagreements().getFirst();
    assertThat(first.query()).isEqualTo("sea level rise");
    assertThat(first.grade("alice")).isEqualTo("3");
    assertThat(first.grade("carol")).isEqualTo("1");
    assertThat(vm.disagreements().get(1).grade("carol")).isEmpty();
    assertThat(vm.graders()).containsExactly("alice", "bob", "carol");
    assertThat(vm.disagreements()).noneMatch(DisagreementRow::settled);
    assertThat(vm.status().get()).isEqualTo("3 annotators · 7 disagreements, 7 open");
  }

  @Test
  void aGradeKeyRecordsTheAdjudicatedGradeAndTheRowSettles() {
    vm.selected().set(vm.disagreements().getFirst());
    vm.note().set("the page answers it fully");
    vm.adjudicate(3);

    Judgment j = ports.saved.get("q2/d4");
    assertThat(j.annotator()).isEqualTo(Judging.ADJUDICATED);
    assertThat(j.grade()).isEqualTo(new Grade(3));
    assertThat(j.note()).isEqualTo("the page answers it fully");
    DisagreementRow row = vm.disagreements().getFirst();
    assertThat(row.topic() + "/" + row.doc()).isEqualTo("q2/d4");
    assertThat(row.settled()).isTrue();
    assertThat(row.adjudicated().get()).isEqualTo(3);
    assertThat(vm.selected().get()).isSameAs(row);
    assertThat(vm.note().get()).isEmpty();
    assertThat(vm.status().get()).endsWith("7 disagreements, 6 open");
    assertThat(ports.calls.stream().filter("agreement"::equals)).hasSize(2);
  }

  @Test
  void theAdjudicateButtonUsesTheChosenGrade() {
    vm.selected().set(vm.disagreements().get(1));
    vm.grade().set(1);
    vm.adjudicate();
    assertThat(ports.saved.get("q4/d10").grade()).isEqualTo(new Grade(1));
    assertThat(vm.disagreements().get(1).adjudicated().get()).isEqualTo(1);
  }

  @Test
  void adjudicatingWithoutASelectionSaysWhatToDo() {
    vm.adjudicate(2);
    assertThat(ports.saved).isEmpty();
    assertThat(vm.status().get()).isEqualTo("Select a disagreement first.");
  }

  @Test
  void addsAnAnnotator() {
    vm.newAnnotator().set("  dora ");
    vm.addAnnotator();
    assertThat(vm.annotators()).containsExactly("alice", "bob", "carol", "dora");
    assertThat(vm.newAnnotator().get()).isEmpty();
  }
}
