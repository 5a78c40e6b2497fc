package dev.relwb.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.service.LanguageOption;
import dev.relwb.service.Settings;
import dev.relwb.ui.FakePorts;
import dev.relwb.ui.support.SameThreadTaskRunner;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/// The search view's reranker columns on a same-thread runner with the fake ports: each column has its own
/// model from the *Models* list and its own adapter language, and a model that fails marks its own column.
class RerankerColumnsTest {
  private static final List<String> MODELS = List.of("org/xmod-fake", "org/bert-fake", "/models/broken");
  private final FakePorts ports = new FakePorts();
  private Settings settings = Settings.defaults().withModels(MODELS, 6);

  private SearchViewModel model() {
    SearchViewModel vm = new SearchViewModel(ports, ports, ports, ports, ports, SameThreadTaskRunner.immediate(),
        new SimpleStringProperty("Fake"), () -> settings);
    vm.applyModel(ports.model().orElse(null), false);
    return vm;
  }

  private static List<String> docs(RerankedList list) {
    return list.rows().stream().map(r -> r.doc().value()).toList();
  }

  @Test
  void theModelsListFillsTheBoxesAndTheOtherColumnsShowOnlyWithModels() {
    SearchViewModel vm = model();
    RerankerColumns cols = vm.columns();
    assertThat(cols.firstChoices()).extracting(ModelChoice::label)
        .containsExactly("Loaded model", "org/xmod-fake", "org/bert-fake", "broken");
    assertThat(cols.otherChoices()).first().isEqualTo(ModelChoice.OFF);
    assertThat(cols.othersShown().get()).isTrue();
    settings = Settings.defaults();
    cols.refreshChoices();
    assertThat(cols.otherChoices()).containsExactly(ModelChoice.OFF);
    assertThat(cols.othersShown().get()).isFalse();
  }

  @Test
  void threeColumnsRerankTheSameHeadEachWithItsModel() {
    SearchViewModel vm = model();
    RerankerColumns cols = vm.columns();
    cols.choose(1, "org/xmod-fake");
    cols.choose(2, "org/bert-fake");
    assertThat(ports.calls).contains("describe org/xmod-fake", "describe org/bert-fake");
    assertThat(cols.column(1).hasAdapters()).isTrue();
    assertThat(cols.column(1).languages()).extracting(LanguageOption::code)
        .containsExactly("auto", "de_DE", "en_XX", "fr_XX");
    assertThat(cols.column(2).hasAdapters()).isFalse();
    vm.query().set("moon ocean tides");
    vm.search();
    assertThat(ports.calls).contains("rerank moon ocean tides [en] with org/xmod-fake",
        "rerank moon ocean tides [en] with org/bert-fake");
    assertThat(docs(vm.reranked())).startsWith("d9", "d2", "d1");
    assertThat(docs(cols.column(1).list())).isEqualTo(docs(vm.reranked()));
    assertThat(docs(cols.column(2).list())).isEqualTo(docs(vm.reranked()));
    assertThat(cols.column(1).list().rows().getFirst().movement()).isNotEmpty();
    assertThat(cols.column(1).list().progressText().get()).isEqualTo(
        "9 passages of 6 documents reranked with auto → en_XX");
    assertThat(cols.column(2).list().progressText().get()).endsWith("reranked with no adapters");
    assertThat(cols.column(1).metrics().get().unjudgedShare()).isEqualTo(1.0);
  }

  @Test
  void aColumnsOwnAdapterLanguageReranksOnlyThatColumn() {
    SearchViewModel vm = model();
    RerankerColumns cols = vm.columns();
    cols.choose(1, "org/xmod-fake");
    vm.query().set("moon ocean tides");
    vm.search();
    List<String> first = docs(vm.reranked());
    ports.calls.clear();
    cols.column(1).language().set(cols.column(1).languages().stream().filter(l -> l.code().equals("de_DE"))
        .findFirst().orElseThrow());
    assertThat(ports.calls).containsExactly("passages 6", "rerank moon ocean tides [de_DE] with org/xmod-fake");
    assertThat(docs(cols.column(1).list())).isNotEqualTo(first).endsWith("d9");
    assertThat(docs(vm.reranked())).isEqualTo(first);
  }

  @Test
  void aModelThatFailsMarksItsColumnAndTheOthersKeepWorking() {
    SearchViewModel vm = model();
    RerankerColumns cols = vm.columns();
    cols.choose(1, "/models/broken");
    cols.choose(2, "org/xmod-fake");
    vm.query().set("moon ocean tides");
    vm.search();
    assertThat(cols.column(1).header().get()).isEqualTo(
        "⚠ broken: Cannot load the model /models/broken: config.json is missing");
    assertThat(cols.column(1).list().rows()).isEmpty();
    assertThat(cols.column(2).list().rows()).hasSize(6);
    assertThat(vm.reranked().rows()).hasSize(6);
  }

  @Test
  void theFirstColumnCanUseAModelOfTheListWithoutALoadedModel() {
    ports.modelLoaded = false;
    SearchViewModel vm = model();
    vm.columns().choose(0, "org/xmod-fake");
    vm.query().set("moon ocean tides");
    vm.search();
    assertThat(ports.calls).contains("rerank moon ocean tides [en] with org/xmod-fake");
    assertThat(vm.reranked().rows()).hasSize(6);
  }

  @Test
  void cancelStopsEveryColumn() {
    SearchViewModel vm = model();
    RerankerColumns cols = vm.columns();
    cols.choose(1, "org/xmod-fake");
    ports.afterBatch = b -> vm.cancelRerank();
    vm.query().set("moon ocean tides");
    vm.search();
    assertThat(ports.rerankTokens).isNotEmpty().allMatch(t -> t.isCancelled());
    assertThat(cols.column(1).list().running()).isFalse();
  }
}
