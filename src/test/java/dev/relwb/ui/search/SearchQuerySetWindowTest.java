package dev.relwb.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.QueryId;
import dev.relwb.eval.PoolSpec;
import dev.relwb.judge.Judgment;
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
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The Search tab with a query set, headless: the sidebar (queries with their judged shares, a click
/// runs one, the set's guidelines beside the judging keys) and the pooled judging queue in random order,
/// blind, judged with the keys under a chosen annotator. Saves `target/screenshots/search-query-set-sidebar.png`
/// and `target/screenshots/search-pooled-queue-blind-random.png`.
@ExtendWith(ApplicationExtension.class)
class SearchQuerySetWindowTest {
  static final String GUIDELINES = """
      # Tides
      Judge the **passage**, not the title.

      ## Grades
      - **3** explains why tides happen (the moon's pull)
      - **2** describes tides, without the cause
      - **1** mentions tides or the ocean in passing
      - **0** off topic

      When unsure, press **N** and write a note.""";
  private final FakePorts ports = new FakePorts();
  private final StringProperty workspace = new SimpleStringProperty("Fake");
  private FxTaskRunner runner;
  private SearchViewModel vm;
  private SearchView view;

  @Start
  void start(Stage stage) {
    var sets = ports.querySets;
    sets.addQuery("Fake", "Tides", "moon ocean tides", "en", "Why the sea rises and falls twice a day",
        "Explanations for a school project");
    sets.addQuery("Fake", "Tides", "sea level rise", "en", "How fast the sea rises as the climate warms", null);
    sets.addQuery("Fake", "Tides", "lunar orbit", "en", null, null);
    sets.addQuery("Fake", "Tides", "coastal erosion", "en", "What wears coasts away", null);
    sets.addQuery("Fake", "Baking", "baking bread", "en", null, null);
    sets.setGuidelines("Fake", "Tides", GUIDELINES);
    List.of(0.8, 0.3, 0.0, 1.0).forEach(s -> sets.shares.put(new QueryId("t" + (sets.shares.size() + 1)), s));
    runner = new FxTaskRunner();
    vm = new SearchViewModel(ports, ports, ports, ports, ports, runner, workspace, Settings::defaults);
    vm.applyModel(ports.model().orElse(null), false);
    vm.querySets().connect(sets);
    view = new SearchView(vm, new DocumentViewModel(ports, runner, vm));
    Scene scene = new Scene(new BorderPane(view.root()), 1280, 800);
    scene.getStylesheets().add(Objects.requireNonNull(
        dev.relwb.ui.MainView.class.getResource("window.css")).toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void close() {
    runner.close();
  }

  private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /// The visible cell of row `index` of the list `id`.
  private static Node cell(FxRobot robot, String id, int index) {
    return robot.lookup(id + " .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
        .filter(c -> c.getIndex() == index && c.isVisible() && !c.isEmpty()).findFirst().orElseThrow();
  }

  @Test
  void theSidebarRunsAQueryAndShowsSharesAndGuidelines(FxRobot robot) throws Exception {
    waitFor(() -> vm.querySets().entries().size() == 4);
    assertThat(robot.lookup("#setBox").queryAs(ComboBox.class).getValue()).isEqualTo("Tides");
    assertThat(robot.lookup(".share").queryAllAs(Label.class)).extracting(Label::getText)
        .contains("80%", "30%", "0%", "100%");
    assertThat(robot.lookup("#guidelinesBox").query().isVisible()).isTrue();
    assertThat(robot.lookup("#guidelinesText .md-bold").queryAllAs(Text.class)).extracting(Text::getText)
        .contains("Tides", "Grades", "passage", "3");
    robot.clickOn(cell(robot, "#queryList", 0));
    waitFor(() -> vm.bm25Rows().size() == 6 && vm.reranked().rows().size() == 6 && !vm.reranked().running());
    assertThat(vm.query().get()).isEqualTo("moon ocean tides");
    ports.querySets.shares.put(new QueryId("t1"), 0.9);
    robot.clickOn(cell(robot, "#bm25List", 0));
    robot.type(KeyCode.DIGIT3);
    waitFor(() -> "90%".equals(vm.querySets().entries().getFirst().shareText()));
    robot.type(KeyCode.SPACE).type(KeyCode.DIGIT2);
    waitFor(() -> ports.saved.size() == 2);
    robot.clickOn(cell(robot, "#queryList", 0));
    waitFor(() -> !vm.reranked().running() && vm.reranked().rows().size() == 6);
    robot.clickOn(cell(robot, "#bm25List", 1));
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.asyncFx(() -> Screenshots.save(view.root(),
        Path.of("target/screenshots/search-query-set-sidebar.png"))).get();
  }

  @Test
  void thePooledQueueInRandomOrderBlindUnderAChosenAnnotator(FxRobot robot) throws Exception {
    robot.clickOn("#queryField").write("moon ocean tides").type(KeyCode.ENTER);
    waitFor(() -> vm.reranked().rows().size() == 6 && !vm.reranked().running());
    robot.doubleClickOn(robot.lookup("#annotatorBox .text-field").queryAs(Node.class)).write("carol")
        .type(KeyCode.ENTER);
    waitFor(() -> "carol".equals(vm.judging().annotators().name().get()));
    assertThat(ports.annotators).contains("carol");
    robot.clickOn("#queueToggle");
    JudgingQueue queue = vm.judging().queue();
    robot.interact(() -> {
      queue.depth().set(4);
      queue.order().set(PoolSpec.Order.RANDOM);
    });
    assertThat(robot.lookup(".pool-sources").queryAllAs(Label.class)).extracting(Label::getText)
        .anyMatch(s -> s.contains("BM25 #"));
    robot.clickOn("#blindBox");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#blindBox").queryAs(CheckBox.class).isSelected()).isTrue();
    assertThat(robot.lookup(".pool-sources").queryAllAs(Label.class)).extracting(Label::getText)
        .allMatch(String::isEmpty);
    assertThat(robot.lookup("#listsBox").query().isVisible()).isFalse();
    assertThat(robot.lookup("#docCrossEncoder").query().isVisible()).as("no scores when blind").isFalse();
    int size = queue.pool().size();
    List<String> order = queue.pool().stream().map(d -> d.doc()).toList();
    robot.clickOn(cell(robot, "#queueList", 0));
    robot.type(KeyCode.DIGIT3).type(KeyCode.SPACE);
    waitFor(() -> order.get(1).equals(vm.judging().selected().get().value()));
    robot.type(KeyCode.DIGIT1).type(KeyCode.SPACE).type(KeyCode.DIGIT0).type(KeyCode.SPACE);
    waitFor(() -> ports.saved.size() == 3);
    assertThat(ports.saved.values()).extracting(Judgment::annotator).containsOnly("carol");
    assertThat(vm.judging().selected().get().value()).isEqualTo(order.get(3));
    assertThat(robot.lookup("#summaryLabel").queryAs(Label.class).getText())
        .isEqualTo("pool: 3/" + size + " judged");
    assertThat(robot.lookup("#queueList").queryAs(ListView.class).getItems()).hasSize(size);
    WaitForAsyncUtils.asyncFx(() -> Screenshots.save(view.root(),
        Path.of("target/screenshots/search-pooled-queue-blind-random.png"))).get();
  }
}
