package dev.relwb.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.service.SnapshotRequest;
import dev.relwb.ui.FakePorts;
import dev.relwb.ui.MainViewModel;
import dev.relwb.ui.support.SameThreadTaskRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The window's model hands the Team tab the Search tab's ranking: depth and adapters with a model, none
/// without; the workspace's judgments load when the workspace opens.
class TeamTabWiringTest {
  @TempDir
  Path config;

  @Test
  void aSnapshotRanksAsTheSearchTabDoes() {
    FakePorts ports = new FakePorts();
    TeamFixtures.judgments(ports);
    MainViewModel vm = new MainViewModel(ports.ports(config), SameThreadTaskRunner.immediate());
    vm.start();
    assertThat(vm.team().agreement().disagreements()).hasSize(7);
    vm.search().depth().set(30);
    vm.search().compareLanguage().set(vm.search().languages().get(3));
    SnapshotsViewModel snapshots = vm.team().snapshots();
    snapshots.name().set("with-model");
    snapshots.save();
    ports.modelLoaded = false;
    snapshots.name().set("bm25-only");
    snapshots.save();

    SnapshotRequest withModel = ports.snapshots.requests.get(0);
    assertThat(withModel.depth()).isEqualTo(30);
    assertThat(withModel.adapters()).isEqualTo(List.of("auto", "fr_XX"));
    assertThat(withModel.k()).isEqualTo(SnapshotsViewModel.SAVE_K);
    assertThat(withModel.k1()).isEqualTo(vm.settings().settings().k1());
    SnapshotRequest bm25 = ports.snapshots.requests.get(1);
    assertThat(bm25.depth()).isZero();
    assertThat(bm25.adapters()).isEmpty();
    assertThat(snapshots.choicesA()).containsExactly("with-model", "bm25-only");
  }
}
