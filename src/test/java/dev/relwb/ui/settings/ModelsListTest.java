package dev.relwb.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.service.SettingsStore;
import dev.relwb.ui.FakePorts;
import dev.relwb.ui.support.SameThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The *Models* list of the Model & settings tab: folders and hub repo ids are added and removed and saved
/// at once, with the memory budget, which also goes to the reranking service.
class ModelsListTest {
  @TempDir
  Path config;
  private final FakePorts ports = new FakePorts();

  private SettingsViewModel model() {
    return new SettingsViewModel(new SettingsStore(config), ports, SameThreadTaskRunner.immediate());
  }

  @Test
  void entriesAndBudgetAreSavedAndComeBack() throws Exception {
    Path folder = Files.createDirectories(config.resolve("bert-tiny"));
    ModelsList list = model().models();
    assertThat(ports.memoryBudget).isEqualTo(6L << 30);
    list.entry().set("antoinelouis/mono-xm");
    list.add();
    list.entry().set(folder.toString());
    list.add();
    list.memoryGb().set(2);
    assertThat(ports.memoryBudget).isEqualTo(2L << 30);
    ModelsList again = model().models();
    assertThat(again.models()).containsExactly("antoinelouis/mono-xm", folder.toString());
    assertThat(again.memoryGb().get()).isEqualTo(2.0);
    again.remove("antoinelouis/mono-xm");
    assertThat(model().models().models()).containsExactly(folder.toString());
  }

  @Test
  void aMissingFolderOrADuplicateIsRefusedWithAMessage() {
    ModelsList list = model().models();
    list.entry().set(config.resolve("nowhere").toString());
    list.add();
    assertThat(list.models()).isEmpty();
    assertThat(list.message().get()).startsWith("No model folder ");
    list.entry().set("org/name@main");
    list.add();
    list.entry().set("org/name@main");
    list.add();
    assertThat(list.models()).containsExactly("org/name@main");
    assertThat(list.message().get()).isEqualTo("org/name@main is already in the list.");
  }
}
