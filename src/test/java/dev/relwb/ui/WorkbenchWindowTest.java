package dev.relwb.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.app.TestContexts;
import dev.relwb.core.AppDirs;
import dev.relwb.service.Services;
import dev.relwb.service.WorkbenchPorts;
import dev.relwb.ui.search.ResultRow;
import dev.relwb.ui.support.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The real window, headless, over the real services: the first run indexes the bundled sample
/// corpus into "Sample", the tiny X-MOD fixture model reranks. Saves screenshots under
/// `target/screenshots/`.
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchWindowTest {
  static final Path SHOTS = Path.of("target/screenshots");
  static final Path MODEL = Path.of("src/test/resources/models/xmod-tiny").toAbsolutePath();
  private static Services services;
  private static FxTaskRunner runner;
  private static MainViewModel vm;
  private static MainView view;
  private static Scene scene;

  @Start
  void start(Stage stage) throws Exception {
    if (vm == null) {
      Path home = Files.createTempDirectory(Path.of("target"), "ui-home-");
      AppDirs dirs = new AppDirs(home.resolve("data"), home.resolve("cache"), home.resolve("config")).ensureExist();
      System.setProperty("relwb.samples", Path.of("sample-corpora").toAbsolutePath().toString());
      services = TestContexts.context(dirs);
      WorkbenchPorts ports = WorkbenchPorts.of(services);
      runner = new FxTaskRunner();
      vm = new MainViewModel(ports, runner);
      view = new MainView(vm, ports.settings().file());
      vm.settings().modelLocation().set(MODEL.toString());
      vm.start();
    }
    if (scene == null) {
      scene = new Scene(view.root(), 1240, 760);
    }
    stage.setScene(scene);
    stage.show();
  }

  @AfterAll
  static void close() {
    runner.close();
  }

  private static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
    try {
      WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("Timed out; search: " + vm.search().status().get() + " | rerank: "
          + vm.search().reranked().progressText().get() + " | corpus: " + vm.corpus().status().get()
          + " | settings: " + vm.settings().status().get() + " | eval: " + vm.evaluation().status().get(), e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void shot(Node node, String name) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> Screenshots.save(node, SHOTS.resolve(name))).get();
  }

  private void searchFor(FxRobot robot, String query) throws Exception {
    robot.clickOn("#queryField").eraseText(60);
    robot.write(query).type(KeyCode.ENTER);
    waitFor(30, () -> !vm.search().bm25Rows().isEmpty() && !vm.search().reranked().rows().isEmpty()
        && !vm.search().reranked().running());
  }

  @Test
  @Order(1)
  void typeAQueryAndSeeBothLists(FxRobot robot) throws Exception {
    waitFor(90, () -> vm.workspace().get().equals("Sample") && vm.settings().model().get() != null);
    assertThat(vm.bm25Only().get()).isFalse();
    assertThat(vm.search().languages()).extracting(l -> l.label()).contains("Auto (detect)", "French — fr_XX");
    searchFor(robot, "ocean tides moon");
    ListView<?> bm25 = robot.lookup("#bm25List").queryAs(ListView.class);
    ListView<?> rerank = robot.lookup("#rerankList").queryAs(ListView.class);
    assertThat(bm25.getItems()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(rerank.getItems()).hasSize(Math.min(20, bm25.getItems().size()));
    ResultRow top = (ResultRow) rerank.getItems().getFirst();
    assertThat(top.score()).isBetween(0.0, 1.0);
    assertThat(top.movement()).matches("▲\\d+|▼\\d+|=|new");
    waitFor(20, () -> vm.document().detail().get() != null);
    assertThat(vm.document().detail().get().docId()).isEqualTo(vm.search().bm25Rows().getFirst().doc().value());
    shot(view.root(), "main-view.png");
    shot(view.searchView().documentView().root(), "document-pane.png");
  }

  @Test
  @Order(2)
  void pressTwoOnARowChangesTheBadgeAndTheMetrics(FxRobot robot) throws Exception {
    Label metrics = robot.lookup("#bm25Metrics").queryAs(Label.class);
    String before = metrics.getText();
    assertThat(before).startsWith("nDCG@10 0.000");
    robot.clickOn(robot.lookup("#bm25List .list-cell").nth(1).queryAs(Node.class));
    robot.type(KeyCode.DIGIT2);
    waitFor(10, () -> robot.lookup("#bm25List .badge").queryAllAs(Label.class).stream()
        .anyMatch(l -> l.getText().equals("2")));
    assertThat(metrics.getText()).isNotEqualTo(before).doesNotStartWith("nDCG@10 0.000");
    assertThat(vm.search().bm25Metrics().get().ndcg10()).isGreaterThan(0);
    ResultRow second = vm.search().bm25Rows().get(1);
    assertThat(second.judgment().grade().value()).isEqualTo(2);
    waitFor(10, () -> vm.search().status().get().startsWith("Saved 2"));
  }

  @Test
  @Order(3)
  void switchingTheAdapterLanguageRerunsTheRerank(FxRobot robot) throws Exception {
    robot.clickOn("#languageBox").write("French").type(KeyCode.ENTER);
    waitFor(60, () -> "fr_XX".equals(vm.search().reranked().language().get())
        && !vm.search().reranked().running() && !vm.search().reranked().rows().isEmpty());
    assertThat(vm.search().reranked().progressText().get()).endsWith("reranked with fr_XX");
    assertThat(vm.settings().settings().adapterLanguage()).isEqualTo("fr_XX");
  }

  @Test
  @Order(4)
  void runAnEvaluationAndSeeItsTable(FxRobot robot) throws Exception {
    robot.clickOn("Evaluation");
    waitFor(20, () -> !vm.evaluation().topicSets().isEmpty());
    robot.clickOn("#runButton");
    waitFor(90, () -> vm.evaluation().report().get() != null);
    TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
    assertThat(table.getItems()).hasSize(6);
    assertThat(vm.evaluation().winLossTie().get()).contains("wins").contains("losses").contains("ties");
    assertThat(vm.evaluation().main().get().perTopicDelta()).hasSizeGreaterThan(50);
    shot(view.root(), "evaluation-tab.png");
    robot.clickOn("Model & settings");
    shot(view.root(), "settings-tab.png");
    robot.clickOn("Corpus");
    shot(view.root(), "corpus-tab.png");
  }
}
