package dev.relwb.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.service.SettingsStore;
import dev.relwb.ui.support.SameThreadTaskRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The window's model without the FX toolkit: settings persistence, first run, BM25-only banner,
/// evaluation tab.
class MainViewModelTest {
  @TempDir
  Path config;

  @Test
  void searchBarWorkspaceAndBm25AreRememberedInTheConfigFolder() {
    FakePorts ports = new FakePorts();
    MainViewModel vm = new MainViewModel(ports.ports(config), SameThreadTaskRunner.immediate());
    vm.start();
    assertThat(vm.workspace().get()).isEqualTo("Fake");
    vm.search().depth().set(35);
    vm.search().language().set(vm.search().languages().get(3));
    vm.settings().k1().set(0.9);
    vm.settings().applyBm25();
    vm.search().query().set("moon");
    vm.search().search();
    assertThat(ports.calls).contains("search moon [fr_XX] bm25 0.9 0.75");
    var saved = new SettingsStore(config).load();
    assertThat(saved.rerankDepth()).isEqualTo(35);
    assertThat(saved.adapterLanguage()).isEqualTo("fr_XX");
    assertThat(saved.lastWorkspace()).isEqualTo("Fake");
    assertThat(saved.k1()).isEqualTo(0.9);
    MainViewModel again = new MainViewModel(new FakePorts().ports(config), SameThreadTaskRunner.immediate());
    assertThat(again.search().depth().get()).isEqualTo(35);
    assertThat(again.search().language().get().code()).isEqualTo("fr_XX");
    assertThat(again.settings().k1().get()).isEqualTo(0.9);
  }

  @Test
  void withoutAModelTheBannerShowsAndSearchStillWorks() {
    FakePorts ports = new FakePorts();
    ports.modelLoaded = false;
    MainViewModel vm = new MainViewModel(ports.ports(config), SameThreadTaskRunner.immediate());
    vm.start();
    assertThat(vm.bm25Only().get()).isTrue();
    assertThat(vm.modelLine().get())
        .isEqualTo("BM25-only mode · CPU AVX2");
    assertThat(vm.cpu().description()).isEqualTo("Fake CPU (AVX2 FMA)");
    vm.search().query().set("bread");
    vm.search().search();
    assertThat(vm.search().bm25Rows()).extracting(r -> r.doc().value()).containsExactly("d5");
    vm.settings().modelLocation().set("/models/x");
    vm.settings().loadModel();
    assertThat(ports.calls).contains("load /models/x");
    assertThat(vm.bm25Only().get()).isFalse();
    assertThat(new SettingsStore(config).load().modelLocation()).isEqualTo("/models/x");
  }

  @Test
  void theEvaluationTabRunsAndFillsTheTableChartAndCounts() {
    FakePorts ports = new FakePorts();
    MainViewModel vm = new MainViewModel(ports.ports(config), SameThreadTaskRunner.immediate());
    vm.start();
    vm.evaluation().refresh();
    assertThat(vm.evaluation().topicSet().get()).isEqualTo("all judged topics");
    vm.evaluation().run();
    assertThat(vm.evaluation().rows()).extracting(r -> r.metric()).containsExactly("nDCG@10", "RR@10");
    assertThat(vm.evaluation().main().get().perTopicDelta()).hasSize(3);
    assertThat(vm.evaluation().winLossTie().get()).endsWith("1 wins · 1 losses · 1 ties");
    vm.evaluation().export(config.resolve("out"));
    assertThat(vm.evaluation().status().get()).startsWith("Wrote 2 files");
  }
}
