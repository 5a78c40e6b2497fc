package dev.relwb.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.eval.MetricComparison;
import dev.relwb.service.SnapshotDiff;
import dev.relwb.service.SnapshotRequest;
import dev.relwb.ui.FakePorts;
import dev.relwb.ui.support.SameThreadTaskRunner;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// *Snapshots* without the FX toolkit: saving sends the request, comparing shows the chosen list's metrics
/// and moves, errors reach the status line.
class SnapshotsViewModelTest {
  private final FakePorts ports = new FakePorts();
  private final SameThreadTaskRunner runner = SameThreadTaskRunner.immediate();
  private final StringProperty workspace = new SimpleStringProperty("");
  private SnapshotSetup setup = new SnapshotSetup(null, 20, List.of("auto", "fr_XX"), 1.2, 0.75);
  private SnapshotsViewModel vm;

  @BeforeEach
  void setUp() {
    ports.querySets.create("Fake", "tides");
    vm = new SnapshotsViewModel(ports.snapshots, ports.querySets, runner, workspace, () -> setup);
    workspace.set("Fake");
    vm.refresh();
  }

  @Test
  void savesTheChosenSetWithTheSearchTabsRanking() {
    assertThat(vm.sets()).containsExactly(SnapshotsViewModel.ALL_TOPICS, "tides");
    vm.name().set("before");
    vm.set().set("tides");
    vm.note().set("baseline");
    vm.save();

    SnapshotRequest r = ports.snapshots.requests.getFirst();
    assertThat(r).isEqualTo(new SnapshotRequest("Fake", "tides", "before", "baseline", 100, null, 20,
        List.of("auto", "fr_XX"), 1.2, 0.75));
    assertThat(vm.status().get()).isEqualTo("Saved snapshot before (3 lists).");
    assertThat(vm.snapshots()).extracting(s -> s.name()).containsExactly("before");
    assertThat(vm.choicesA()).containsExactly("before");
    assertThat(vm.choicesB()).containsExactly("before", SnapshotsViewModel.NOW);
    assertThat(vm.a().get()).isEqualTo("before");
    assertThat(vm.b().get()).isEqualTo(SnapshotsViewModel.NOW);
    assertThat(vm.name().get()).isEmpty();
    assertThat(vm.running().get()).isFalse();
  }

  @Test
  void allTopicsSendsNoSetAndBm25OnlySendsNoDepth() {
    setup = SnapshotSetup.BM25;
    vm.name().set("all");
    vm.save();
    SnapshotRequest r = ports.snapshots.requests.getFirst();
    assertThat(r.querySet()).isNull();
    assertThat(r.depth()).isZero();
    assertThat(r.adapters()).isEmpty();
  }

  @Test
  void aNamelessSaveSaysWhatToDo() {
    vm.save();
    assertThat(ports.snapshots.requests).isEmpty();
    assertThat(vm.status().get()).isEqualTo("Name the snapshot first.");
  }

  @Test
  void compareShowsTheChosenListsMetricsAndMoves() {
    saveBefore();
    SnapshotDiff diff = TeamFixtures.diff();
    ports.snapshots.nextDiff = diff;
    vm.k().set(5);
    vm.compare();

    assertThat(ports.snapshots.calls).contains("diff before null 5");
    assertThat(vm.lists()).containsExactly("BM25", "mono-XM auto");
    assertThat(vm.list().get()).isEqualTo("BM25");
    assertThat(vm.metrics()).isEqualTo(diff.lists().getFirst().report().comparison().metrics());
    assertThat(vm.moves()).extracting(SnapshotDiff.QueryDiff::topic).containsExactly("q2");
    assertThat(Moves.line(vm.moves().getFirst())).isEqualTo("d4 = · d1 ▲1 · d8 ▼1 · d3 = · d2 =");
    assertThat(vm.summary().get()).isEqualTo("BM25: 1 of 5 queries changed in the top 5");

    vm.list().set("mono-XM auto");
    MetricComparison ndcg = vm.metrics().getFirst();
    assertThat(ndcg.metric()).isEqualTo("nDCG@10");
    assertThat(ndcg.delta()).isPositive();
    assertThat(vm.moves()).extracting(SnapshotDiff.QueryDiff::topic).containsExactly("q1", "q2", "q3", "q4");
    assertThat(Moves.line(vm.moves().getFirst())).isEqualTo("d9 ▲3 · d1 = · d2 ▼2 · d10 ▼1 · d6 + · d8 −");
    vm.onlyChanged().set(false);
    assertThat(vm.moves()).hasSize(5);
    assertThat(vm.status().get()).isEqualTo("Compared before with now (k=5, 2 lists).");
  }

  @Test
  void aFailedCompareShowsItsMessageInTheStatusLine() {
    saveBefore();
    ports.snapshots.nextDiff = null;
    vm.compare();
    assertThat(vm.status().get()).isEqualTo("No diff prepared in this fake");
    assertThat(vm.running().get()).isFalse();
    assertThat(vm.metrics()).isEmpty();
  }

  @Test
  void compareWithoutSnapshotsSaysWhatToDo() {
    vm.compare();
    assertThat(ports.snapshots.calls).noneMatch(c -> c.startsWith("diff"));
    assertThat(vm.status().get()).isEqualTo("Save a snapshot first, then pick it as A.");
  }

  @Test
  void deletesTheSelectedSnapshot() {
    saveBefore();
    vm.selected().set(vm.snapshots().getFirst());
    vm.delete();
    assertThat(ports.snapshots.calls).contains("delete before");
    assertThat(vm.snapshots()).isEmpty();
    assertThat(vm.a().get()).isNull();
  }

  private void saveBefore() {
    vm.name().set("before");
    vm.save();
  }
}
