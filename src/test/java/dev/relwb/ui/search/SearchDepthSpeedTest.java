package dev.relwb.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.service.RerankerInfo;
import dev.relwb.service.Settings;
import dev.relwb.ui.FakePorts;
import dev.relwb.ui.support.SameThreadTaskRunner;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/// The default rerank depth follows each model's measured speed (what fits ~3 s per query), starting from
/// the CPU/GPU defaults, and never overrides a depth the user chose.
class SearchDepthSpeedTest {
  private final FakePorts ports = new FakePorts();

  private SearchViewModel model(boolean depthFromSettings) {
    SearchViewModel vm = new SearchViewModel(ports, ports, ports, ports, ports, SameThreadTaskRunner.immediate(),
        new SimpleStringProperty("Fake"), Settings::defaults);
    vm.applyModel(ports.model().orElse(null), depthFromSettings);
    return vm;
  }

  /// Reranks report `fakePairsPerSecond` for the fake model ("fake@0") and `bertPairsPerSecond` while
  /// "bert-base" is loaded.
  private void speeds(double fakePairsPerSecond, double bertPairsPerSecond) {
    ports.rerankMillisOf = r -> Math.round(r.passages().size() * 1000.0
        / (bertLoaded ? bertPairsPerSecond : fakePairsPerSecond));
  }

  private volatile boolean bertLoaded;

  private static RerankerInfo bert() {
    return new RerankerInfo("bert-base@0", "bert-base", List.of(), Map.of(), null, 512, "cpu", 2, "fp32", "");
  }

  private static void search(SearchViewModel vm) {
    vm.query().set("moon ocean tides");
    vm.search();
    assertThat(vm.reranked().progress().get()).isEqualTo(1.0);
  }

  @Test
  void aFastModelRaisesTheDefaultDepthToOneHundred() {
    SearchViewModel vm = model(false);
    assertThat(vm.depth().get()).isEqualTo(20);
    assertThat(vm.depthHint().get()).contains("depth 20").contains("CPU");
    // the fake's head has ~1.5 passages per document: 60 pairs/s fit 100 documents in 3 s
    speeds(60, 6);
    search(vm);
    assertThat(vm.depth().get()).isEqualTo(100);
    assertThat(vm.depthHint().get()).isEqualTo("depth 100 · fits ~3 s at 60 pairs/s");
  }

  @Test
  void aSlowModelKeepsTwentyAndEachModelHasItsOwnSpeed() {
    SearchViewModel vm = model(false);
    search(vm);
    double perDocument = (double) vm.reranked().passageCount() / vm.reranked().rows().size();
    // just over what 20 documents need in 3 s: floor gives 20..29, rounded down to 20
    double slow = 21 * perDocument / 3;
    speeds(40 * perDocument, slow);
    search(vm);
    assertThat(vm.depth().get()).isEqualTo(100);
    bertLoaded = true;
    vm.applyModel(bert(), false);
    assertThat(vm.depth().get()).as("not measured yet: the CPU default").isEqualTo(20);
    search(vm);
    assertThat(vm.depth().get()).isEqualTo(20);
    assertThat(vm.depthHint().get()).startsWith("depth 20 · fits ~3 s at ");
    bertLoaded = false;
    vm.applyModel(ports.model().orElseThrow(), false);
    assertThat(vm.depth().get()).as("the fast model's speed is remembered").isEqualTo(100);
  }

  @Test
  void theFormulaClampsAndRoundsDown() {
    assertThat(RerankSpeeds.depthFor(40, 1)).isEqualTo(100);
    assertThat(RerankSpeeds.depthFor(6, 1)).isEqualTo(10);
    assertThat(RerankSpeeds.depthFor(6, 0.5)).isEqualTo(30);
    assertThat(RerankSpeeds.depthFor(0.5, 2)).isEqualTo(10);
    assertThat(RerankSpeeds.depthFor(25, 2)).isEqualTo(30);
  }

  @Test
  void theMovingEstimateSkipsUntimedAndCachedJobs() {
    RerankSpeeds s = new RerankSpeeds();
    s.record("m", 10, 10, 10, 500);
    s.record("m", 10, 0, 10, 0);
    assertThat(s.fittingDepth("m")).isEqualTo(-1);
    s.record("m", 40, 0, 40, 1000);
    assertThat(s.pairsPerSecond("m")).isEqualTo(40.0);
    s.record("m", 20, 0, 20, 1000);
    assertThat(s.pairsPerSecond("m")).isEqualTo(30.0);
    assertThat(s.fittingDepth("m")).isEqualTo(90);
  }

  @Test
  void aDepthTheUserTypedStays() {
    SearchViewModel vm = model(false);
    vm.depth().set(30);
    speeds(40, 6);
    search(vm);
    assertThat(vm.depth().get()).isEqualTo(30);
    assertThat(vm.depthHint().get()).startsWith("depth 30 · chosen by you");
    vm.applyModel(bert(), false);
    assertThat(vm.depth().get()).isEqualTo(30);
  }

  @Test
  void aDepthFromTheSettingsStays() {
    SearchViewModel vm = model(true);
    vm.depth().set(50);
    speeds(40, 6);
    search(vm);
    assertThat(vm.depth().get()).isEqualTo(50);
  }
}
