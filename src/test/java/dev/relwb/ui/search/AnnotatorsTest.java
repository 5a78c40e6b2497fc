package dev.relwb.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.judge.Judgment;
import dev.relwb.service.Settings;
import dev.relwb.service.SettingsStore;
import dev.relwb.ui.MainViewModel;
import dev.relwb.ui.FakePorts;
import dev.relwb.ui.support.SameThreadTaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The annotator chooser: the OS user by default, the workspace's annotators to pick from, a new name
/// added to the workspace, every judgment recorded under the chosen name, and the choice remembered.
class AnnotatorsTest {
  private final FakePorts ports = new FakePorts();
  private final SearchViewModel vm = new SearchViewModel(ports, ports, ports, ports, ports,
      SameThreadTaskRunner.immediate(), new SimpleStringProperty("Fake"), Settings::defaults);

  @Test
  void theOsUserByDefaultAndTheWorkspacesAnnotatorsToPickFrom() {
    Annotators a = vm.judging().annotators();
    assertThat(a.name().get()).isEqualTo("tester");
    a.refresh();
    assertThat(a.names()).containsExactly("alice", "tester");
  }

  @Test
  void judgmentsAreRecordedUnderTheChosenName() {
    Annotators a = vm.judging().annotators();
    a.choose(" bob ");
    assertThat(ports.annotators).containsExactly("alice", "bob");
    assertThat(a.names()).containsExactly("alice", "bob", "tester");
    vm.query().set("moon ocean tides");
    vm.search();
    vm.judging().grade(3);
    a.choose("alice");
    vm.judging().move(1);
    vm.judging().grade(1);
    assertThat(ports.saved.values()).extracting(Judgment::annotator).containsExactlyInAnyOrder("bob", "alice");
    assertThat(vm.status().get()).endsWith(" as alice");
    a.choose("");
    assertThat(a.name().get()).isEqualTo("tester");
  }

  @Test
  void theChoiceIsRememberedAndRestored() {
    Annotators a = vm.judging().annotators();
    List<String> saved = new ArrayList<>();
    a.remember("carol", saved::add);
    assertThat(a.name().get()).isEqualTo("carol");
    assertThat(a.names()).contains("carol", "tester");
    a.choose("dave");
    assertThat(saved).containsExactly("dave");
    assertThat(Settings.defaults().annotator()).isEmpty();
    assertThat(Settings.defaults().withAnnotator("dave").withBm25(1.0, 0.5).annotator()).isEqualTo("dave");
  }

  @Test
  void theWindowKeepsTheAnnotatorInTheSettings(@TempDir Path config) {
    MainViewModel main = new MainViewModel(ports.ports(config), SameThreadTaskRunner.immediate());
    assertThat(main.search().judging().annotators().name().get()).isEqualTo("tester");
    main.search().judging().annotators().choose("erin");
    assertThat(new SettingsStore(config).load().annotator()).isEqualTo("erin");
    MainViewModel again = new MainViewModel(ports.ports(config), SameThreadTaskRunner.immediate());
    assertThat(again.search().judging().annotators().name().get()).isEqualTo("erin");
  }
}
