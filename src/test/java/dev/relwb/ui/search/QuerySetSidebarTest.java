package dev.relwb.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.judge.QuerySetItem;
import dev.relwb.service.Settings;
import dev.relwb.ui.FakePorts;
import dev.relwb.ui.support.SameThreadTaskRunner;
import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/// The query-set sidebar's model, without the FX toolkit: choosing a set shows its queries with their
/// judged shares and its guidelines; a query runs; the current query is added; import, export and the
/// set changes reach the port; the shares refresh after a judgment.
class QuerySetSidebarTest {
  private final FakePorts ports = new FakePorts();
  private final StringProperty workspace = new SimpleStringProperty("Fake");
  private final SameThreadTaskRunner runner = SameThreadTaskRunner.immediate();

  private SearchViewModel model() {
    ports.querySets.addQuery("Fake", "tides", "moon ocean tides", "en", "Why the sea rises and falls", "school level");
    ports.querySets.addQuery("Fake", "tides", "sea level", "en", null, null);
    ports.querySets.addQuery("Fake", "bread", "baking bread", "en", null, null);
    ports.querySets.setGuidelines("Fake", "tides", "# Tides\n\n- **3** explains the moon's pull");
    ports.querySets.calls.clear();
    SearchViewModel vm = new SearchViewModel(ports, ports, ports, ports, ports, runner, workspace,
        Settings::defaults);
    vm.applyModel(ports.model().orElse(null), false);
    vm.querySets().connect(ports.querySets);
    return vm;
  }

  @Test
  void pickingASetShowsItsQueriesSharesAndGuidelines() {
    SearchViewModel vm = model();
    QuerySetSidebar sets = vm.querySets();
    assertThat(sets.available().get()).isTrue();
    assertThat(sets.sets()).containsExactly("tides", "bread");
    assertThat(sets.set().get()).isEqualTo("tides");
    assertThat(sets.entries()).extracting(QuerySetSidebar.Entry::text).containsExactly("moon ocean tides", "sea level");
    assertThat(sets.entries()).extracting(QuerySetSidebar.Entry::shareText).containsExactly("50%", "50%");
    assertThat(sets.entries().getFirst().details()).isEqualTo("Why the sea rises and falls\n\nNotes: school level");
    assertThat(sets.guidelines().get()).startsWith("# Tides");
    ports.querySets.shares.put(ports.querySets.items("Fake", "bread").getFirst().topic().id(), 0.2);
    sets.set().set("bread");
    assertThat(sets.entries()).extracting(QuerySetSidebar.Entry::text, QuerySetSidebar.Entry::shareText)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("baking bread", "20%"));
    assertThat(sets.guidelines().get()).isEmpty();
    workspace.set("");
    assertThat(sets.sets()).isEmpty();
    assertThat(sets.entries()).isEmpty();
  }

  @Test
  void aQueryOfTheSetRunsInTheSearchTab() {
    SearchViewModel vm = model();
    vm.querySets().run(vm.querySets().entries().getFirst());
    assertThat(vm.query().get()).isEqualTo("moon ocean tides");
    assertThat(ports.calls).anyMatch(c -> c.startsWith("search moon ocean tides [auto]"));
    assertThat(vm.bm25Rows()).isNotEmpty();
  }

  @Test
  void theCurrentQueryIsAddedWithItsInformationNeed() {
    SearchViewModel vm = model();
    vm.query().set("  lunar orbit ");
    vm.querySets().addCurrentQuery("How the moon moves", " ");
    assertThat(ports.querySets.calls).containsExactly("add tides lunar orbit");
    QuerySetItem added = ports.querySets.items("Fake", "tides").getLast();
    assertThat(added.infoNeed()).isEqualTo("How the moon moves");
    assertThat(added.notes()).isNull();
    assertThat(vm.querySets().entries()).extracting(QuerySetSidebar.Entry::text).endsWith("lunar orbit");
    assertThat(vm.status().get()).isEqualTo("Added \"lunar orbit\" to tides");
    vm.query().set("");
    vm.querySets().addCurrentQuery(null, null);
    assertThat(vm.status().get()).isEqualTo("Type a query first.");
  }

  @Test
  void importExportAndSetChangesReachThePort() {
    SearchViewModel vm = model();
    QuerySetSidebar sets = vm.querySets();
    sets.importFile("beir", Path.of("/data/queries.jsonl"));
    sets.exportFile("quepid", Path.of("/out/tides.csv"));
    assertThat(vm.status().get()).isEqualTo("Exported 2 queries of tides to /out/tides.csv");
    sets.create("storms");
    assertThat(sets.set().get()).isEqualTo("storms");
    assertThat(sets.entries()).isEmpty();
    sets.rename("gales");
    assertThat(sets.sets()).containsExactly("tides", "bread", "gales");
    sets.saveGuidelines("Judge **strictly**.");
    assertThat(sets.guidelines().get()).isEqualTo("Judge **strictly**.");
    sets.delete();
    assertThat(sets.sets()).containsExactly("tides", "bread");
    assertThat(sets.set().get()).isEqualTo("tides");
    assertThat(ports.querySets.calls).containsExactly("import tides beir queries.jsonl",
        "export tides quepid tides.csv", "create Fake storms", "rename storms gales", "guidelines gales",
        "delete gales");
    assertThat(runner.failures()).isEmpty();
  }

  @Test
  void importingWithoutASetNamesTheSetAfterTheFile() {
    SearchViewModel vm = new SearchViewModel(ports, ports, ports, ports, ports, runner, workspace,
        Settings::defaults);
    vm.querySets().connect(ports.querySets);
    assertThat(vm.querySets().set().get()).isNull();
    vm.querySets().importFile("trec", Path.of("/data/topics.robust04.txt"));
    assertThat(ports.querySets.calls).containsExactly("import topics.robust04 trec topics.robust04.txt");
  }

  @Test
  void theJudgedSharesRefreshAfterAJudgment() {
    SearchViewModel vm = model();
    vm.querySets().run(vm.querySets().entries().getFirst());
    ports.querySets.share = 0.6;
    vm.judging().grade(2);
    assertThat(vm.querySets().entries()).extracting(QuerySetSidebar.Entry::shareText).containsExactly("60%", "60%");
    assertThat(vm.judging().saved().get()).isEqualTo(1);
  }
}
