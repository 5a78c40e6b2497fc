package dev.relwb.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.cluster.ClusterConfig;
import dev.relwb.cluster.ClusterEngine;
import dev.relwb.cluster.ClusterFields;
import dev.relwb.cluster.QueryTemplate;
import dev.relwb.service.Settings;
import dev.relwb.ui.FakePorts;
import dev.relwb.ui.support.SameThreadTaskRunner;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/// Query templates in the search view of a cluster workspace: the first stage's template reaches every
/// retrieval call, and a second ("vs") template fills an extra column with rank moves against the first.
/// FakePorts returns another template's ranking in reverse order.
class SearchTemplatesViewModelTest {
  private final FakePorts ports = new FakePorts();
  private final StringProperty workspace = new SimpleStringProperty("Fake");

  SearchTemplatesViewModelTest() {
    ports.clusterWorkspaces.put("Cluster", cluster());
  }

  static ClusterConfig cluster() {
    return ClusterConfig.of(ClusterEngine.OPENSEARCH, "http://localhost:9200", "docs",
        new ClusterFields(null, "title", "body", null), null, null)
        .withTemplate(new QueryTemplate("phrase", "{\"query\": {\"match_phrase\": {\"body\": \"{{query}}\"}}}"));
  }

  private SearchViewModel model(SameThreadTaskRunner runner) {
    SearchViewModel vm = new SearchViewModel(ports, ports, ports, ports, ports, runner, workspace,
        Settings::defaults);
    vm.applyModel(ports.model().orElse(null), false);
    return vm;
  }

  private static List<String> docs(List<ResultRow> rows) {
    return rows.stream().map(r -> r.doc().value()).toList();
  }

  @Test
  void aLocalWorkspaceHasNoTemplates() {
    SearchViewModel vm = model(SameThreadTaskRunner.immediate());
    assertThat(vm.firstStages().cluster().get()).isFalse();
    assertThat(vm.firstStages().templates()).isEmpty();
    vm.query().set("moon ocean tides");
    vm.search();
    assertThat(ports.calls).contains("search moon ocean tides [auto] bm25 1.2 0.75", "passages 6");
    assertThat(vm.status().get()).isEqualTo("6 BM25 hits · analyzer en");
  }

  @Test
  void theChosenTemplateReachesSearchPassagesAndTheDocumentPane() {
    SearchViewModel vm = model(SameThreadTaskRunner.immediate());
    DocumentViewModel pane = new DocumentViewModel(ports, SameThreadTaskRunner.immediate(), vm);
    workspace.set("Cluster");
    assertThat(vm.firstStages().cluster().get()).isTrue();
    assertThat(vm.firstStages().templates()).containsExactly("default", "phrase");
    assertThat(vm.firstStages().template().get()).isEqualTo("default");
    vm.query().set("moon ocean tides");
    vm.search();
    assertThat(ports.calls).contains("search moon ocean tides [auto] bm25 1.2 0.75 template default",
        "passages 6 template default", "document d2 [en] template default");
    assertThat(vm.status().get()).isEqualTo("6 hits · OpenSearch template default");
    List<String> byDefault = docs(vm.bm25Rows());
    vm.firstStages().template().set("phrase");
    assertThat(ports.calls).contains("search moon ocean tides [auto] bm25 1.2 0.75 template phrase",
        "passages 6 template phrase");
    assertThat(docs(vm.bm25Rows())).isEqualTo(byDefault.reversed());
    assertThat(vm.status().get()).isEqualTo("6 hits · OpenSearch template phrase");
    assertThat(pane.detail().get().docId()).isEqualTo(byDefault.getLast());
    assertThat(ports.calls).contains("document " + byDefault.getLast() + " [en] template phrase");
  }

  @Test
  void aSecondTemplateShowsItsRankingWithMovesAgainstTheFirst() {
    workspace.set("Cluster");
    SearchViewModel vm = model(SameThreadTaskRunner.immediate());
    vm.query().set("moon ocean tides");
    vm.search();
    assertThat(vm.vsList().rows()).isEmpty();
    vm.firstStages().vsTemplate().set("phrase");
    assertThat(ports.calls.stream().filter(c -> c.endsWith("template phrase"))).hasSize(1);
    assertThat(vm.vsList().title().get()).isEqualTo("OpenSearch · phrase");
    List<ResultRow> vs = vm.vsList().rows();
    assertThat(docs(vs)).isEqualTo(docs(vm.bm25Rows()).reversed());
    assertThat(vs).extracting(ResultRow::rank).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(vs).extracting(ResultRow::movement).containsExactly("▲5", "▲3", "▲1", "▼1", "▼3", "▼5");
    assertThat(vm.vsList().metrics().get().unjudgedShare()).isEqualTo(1.0);
    // judge the vs list's top document from that list: marks and metrics follow in both lists
    vm.judging().active().set(RankingList.VS_TEMPLATE);
    vm.judging().selected().set(vs.getLast().doc());
    vm.judging().move(-5);
    vm.judging().grade(3);
    assertThat(vm.vsList().rows().getFirst().judgment().badge()).isEqualTo("3");
    assertThat(vm.bm25Rows().getLast().judgment().badge()).isEqualTo("3");
    assertThat(vm.vsList().metrics().get().ndcg10()).isEqualTo(1.0);
    assertThat(vm.bm25Metrics().get().ndcg10()).isLessThan(1.0);
    vm.judging().switchList();
    assertThat(vm.judging().active().get()).isEqualTo(RankingList.BM25);
    // a new query searches both templates again
    vm.query().set("moon tides");
    vm.search();
    assertThat(ports.calls).contains("search moon tides [auto] bm25 1.2 0.75 template phrase");
    assertThat(docs(vm.vsList().rows())).isEqualTo(docs(vm.bm25Rows()).reversed());
    vm.firstStages().vsTemplate().set(null);
    assertThat(vm.vsList().rows()).isEmpty();
  }

  @Test
  void theSecondTemplatesJobIsCancelledWithTheQuerysOtherJobs() {
    workspace.set("Cluster");
    SameThreadTaskRunner runner = SameThreadTaskRunner.deferred();
    SearchViewModel vm = model(runner);
    vm.query().set("moon");
    vm.search();
    runner.runPending();
    vm.firstStages().vsTemplate().set("phrase");
    var vsJob = runner.handles().getLast();
    assertThat(vsJob.title()).isEqualTo("Search (template phrase)");
    vm.query().set("moon tides");
    vm.search();
    assertThat(vsJob.isCancelled()).isTrue();
    runner.runPending();
    assertThat(runner.failures()).isEmpty();
    assertThat(docs(vm.vsList().rows())).isEqualTo(docs(vm.bm25Rows()).reversed()).contains("d1");
    assertThat(ports.calls).contains("search moon tides [auto] bm25 1.2 0.75 template phrase");
  }

  @Test
  void switchingToALocalWorkspaceHidesTheTemplates() {
    workspace.set("Cluster");
    SearchViewModel vm = model(SameThreadTaskRunner.immediate());
    vm.firstStages().vsTemplate().set("phrase");
    workspace.set("Fake");
    assertThat(vm.firstStages().cluster().get()).isFalse();
    assertThat(vm.firstStages().vsTemplate().get()).isNull();
    assertThat(vm.firstStages().template().get()).isNull();
  }
}
