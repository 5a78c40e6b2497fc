package dev.relwb.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.AppDirs;
import dev.relwb.service.RerankService;
import dev.relwb.service.Settings;
import dev.relwb.ui.FakePorts;
import dev.relwb.ui.Screenshots;
import dev.relwb.ui.support.FxTaskRunner;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
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
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The search view, headless, with BM25 and three reranker columns of three model families: the REAL
/// `RerankService` over the tiny fixtures (X-MOD, XLM-R and BERT), each loaded on first use on the one
/// inference thread; the first stage and the judgments are the fake ports'. Saves
/// `target/screenshots/search-three-rerankers.png`.
@ExtendWith(ApplicationExtension.class)
class SearchThreeRerankersWindowTest {
  @TempDir
  static Path home;
  private final FakePorts ports = new FakePorts();
  private FxTaskRunner runner;
  private RerankService service;
  private SearchViewModel vm;
  private SearchView view;

  private static String fixture(String name) {
    try {
      return Path.of(SearchThreeRerankersWindowTest.class.getResource("/models/" + name + "/config.json").toURI())
          .getParent().toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Start
  void start(Stage stage) {
    AppDirs dirs = new AppDirs(home.resolve("data"), home.resolve("cache"), home.resolve("config")).ensureExist();
    service = new RerankService(dirs, dev.relwb.rerank.ModelOpener.xmod());
    Settings settings = Settings.defaults().withModels(List.of(fixture("xmod-tiny"), fixture("xlmr-tiny"),
        fixture("bert-tiny")), 1);
    runner = new FxTaskRunner();
    vm = new SearchViewModel(ports, ports, service, ports, ports, runner, new SimpleStringProperty("Fake"),
        () -> settings);
    vm.applyModel(null, false);
    view = new SearchView(vm, new DocumentViewModel(ports, runner, vm));
    Scene scene = new Scene(new BorderPane(view.root()), 1270, 780);
    scene.getStylesheets().add(Objects.requireNonNull(
        dev.relwb.ui.MainView.class.getResource("window.css")).toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void close() {
    runner.close();
    service.close();
  }

  @SuppressWarnings("unchecked")
  private static ComboBox<ModelChoice> box(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(ComboBox.class);
  }

  @SuppressWarnings("unchecked")
  private static List<ResultRow> items(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(ListView.class).getItems();
  }

  @Test
  void bm25AndThreeModelFamiliesSideBySide(FxRobot robot) throws Exception {
    assertThat(robot.lookup("#rerankerColumn2").query().isVisible()).isTrue();
    assertThat(box(robot, "#rerankerModel2").getItems()).extracting(ModelChoice::label)
        .containsExactly("Off", "xmod-tiny", "xlmr-tiny", "bert-tiny");
    robot.interact(() -> {
      box(robot, "#rerankerModel1").setValue(ModelChoice.of(fixture("xmod-tiny")));
      box(robot, "#rerankerModel2").setValue(ModelChoice.of(fixture("xlmr-tiny")));
      box(robot, "#rerankerModel3").setValue(ModelChoice.of(fixture("bert-tiny")));
    });
    robot.clickOn("#queryField").write("moon ocean tides").type(KeyCode.ENTER);
    RerankerColumns cols = vm.columns();
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.reranked().rows().size() == 6
        && cols.column(1).list().rows().size() == 6 && cols.column(2).list().rows().size() == 6
        && !vm.reranked().running() && !cols.column(1).list().running() && !cols.column(2).list().running());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(items(robot, "#bm25List")).hasSize(6);
    assertThat(robot.lookup("#rerankTitle").queryAs(Label.class).getText()).startsWith("xmod-tiny · auto → ");
    assertThat(robot.lookup("#rerankerTitle2").queryAs(Label.class).getText()).isEqualTo("xlmr-tiny");
    assertThat(robot.lookup("#rerankerTitle3").queryAs(Label.class).getText()).isEqualTo("bert-tiny");
    assertThat(robot.lookup("#rerankerLanguage2").query().isVisible()).isFalse();
    assertThat(service.heldModels()).containsExactlyInAnyOrder(fixture("xmod-tiny"), fixture("xlmr-tiny"),
        fixture("bert-tiny"));
    List<String> x = items(robot, "#rerankList").stream().map(r -> r.hit().docId()).toList();
    List<String> l = items(robot, "#rerankerList2").stream().map(r -> r.hit().docId()).toList();
    List<String> b = items(robot, "#rerankerList3").stream().map(r -> r.hit().docId()).toList();
    assertThat(List.of(x, l, b)).allSatisfy(d -> assertThat(d).doesNotHaveDuplicates().hasSize(6));
    assertThat(items(robot, "#rerankerList3")).allSatisfy(r -> assertThat(r.movement()).isNotEmpty());
    robot.clickOn(robot.lookup("#rerankerList3 .list-cell").nth(0).queryAs(javafx.scene.Node.class));
    robot.type(KeyCode.DIGIT3);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#bm25List .badge")
        .queryAllAs(Label.class).stream().anyMatch(n -> n.getText().equals("3")));
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.asyncFx(() -> Screenshots.save(view.root(),
        Path.of("target/screenshots/search-three-rerankers.png"))).get();
  }
}
