package dev.relwb.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.service.Settings;
import dev.relwb.ui.FakePorts;
import dev.relwb.ui.Screenshots;
import dev.relwb.ui.support.FxTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The search view of a cluster workspace, headless: two query templates side by side (the "vs"
/// template's first stage left of the first template's), the MaxP rerank on the right. Saves
/// `target/screenshots/search-two-templates.png`.
@ExtendWith(ApplicationExtension.class)
class SearchTemplatesWindowTest {
  private final FakePorts ports = new FakePorts();
  private final StringProperty workspace = new SimpleStringProperty("Cluster");
  private FxTaskRunner runner;
  private SearchViewModel vm;
  private SearchView view;

  @Start
  void start(Stage stage) {
    ports.clusterWorkspaces.put("Cluster", SearchTemplatesViewModelTest.cluster());
    runner = new FxTaskRunner();
    vm = new SearchViewModel(ports, ports, ports, ports, ports, runner, workspace, Settings::defaults);
    vm.applyModel(ports.model().orElse(null), false);
    view = new SearchView(vm, new DocumentViewModel(ports, runner, vm));
    BorderPane root = new BorderPane(view.root());
    Scene scene = new Scene(root, 1270, 780);
    scene.getStylesheets().add(Objects.requireNonNull(
        dev.relwb.ui.MainView.class.getResource("window.css")).toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void close() {
    runner.close();
  }

  @SuppressWarnings("unchecked")
  private static List<ResultRow> items(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(ListView.class).getItems();
  }

  @Test
  void twoTemplatesSideBySide(FxRobot robot) throws Exception {
    Node bar = robot.lookup("#templateBar").query();
    assertThat(bar.isVisible()).isTrue();
    assertThat(robot.lookup("#templateBox").queryAs(ComboBox.class).getItems()).containsExactly("default", "phrase");
    robot.clickOn("#vsTemplateBox");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
        .stream().filter(c -> c.isVisible() && "phrase".equals(c.getText())).findFirst().orElseThrow());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.firstStages().vsTemplate().get()).isEqualTo("phrase");
    robot.clickOn("#queryField").write("moon ocean tides").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.vsList().rows().size() == 6
        && vm.reranked().rows().size() == 6 && !vm.reranked().running());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#vsColumn").query().isVisible()).isTrue();
    assertThat(robot.lookup("#bm25Title").queryAs(Label.class).getText()).isEqualTo("OpenSearch · default");
    assertThat(robot.lookup("#vsTitle").queryAs(Label.class).getText()).isEqualTo("OpenSearch · phrase");
    List<ResultRow> first = items(robot, "#bm25List");
    List<ResultRow> second = items(robot, "#vsList");
    assertThat(second.stream().map(r -> r.doc().value()).toList())
        .isEqualTo(first.stream().map(r -> r.doc().value()).toList().reversed());
    assertThat(second.getFirst().movement()).isEqualTo("▲5");
    assertThat(vm.status().get()).isEqualTo("6 hits · OpenSearch template default");
    assertThat(vm.reranked().progressText().get()).isEqualTo("9 passages of 6 documents reranked with auto → en_XX");
    robot.clickOn(robot.lookup("#vsList .list-cell").nth(0).queryAs(Node.class));
    robot.type(KeyCode.DIGIT3);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#bm25List .badge")
        .queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals("3")));
    assertThat(robot.lookup("#vsMetrics").queryAs(Label.class).getText()).startsWith("nDCG@10 1.000");
    WaitForAsyncUtils.asyncFx(() -> Screenshots.save(view.root(),
        Path.of("target/screenshots/search-two-templates.png"))).get();
  }

  @Test
  void aLocalWorkspaceKeepsTheLayout(FxRobot robot) {
    robot.interact(() -> workspace.set("Fake"));
    assertThat(robot.lookup("#templateBar").query().isVisible()).isFalse();
    assertThat(robot.lookup("#templateBar").query().isManaged()).isFalse();
    assertThat(robot.lookup("#vsColumn").query().isManaged()).isFalse();
    assertThat(robot.lookup("#bm25Title").queryAs(Label.class).getText()).isEqualTo("BM25");
  }
}
