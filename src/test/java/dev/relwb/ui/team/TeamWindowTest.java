package dev.relwb.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.service.SnapshotRequest;
import dev.relwb.ui.FakePorts;
import dev.relwb.ui.MainView;
import dev.relwb.ui.MainViewModel;
import dev.relwb.ui.Screenshots;
import dev.relwb.ui.support.FxTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/// The Team tab in the real window, headless, over the fake ports: adjudicate two disagreements (a key
/// press, and the button with a grade and a note), then compare two snapshots. Saves
/// `target/screenshots/team-agreement-adjudication.png` and `team-snapshot-diff.png`.
@ExtendWith(ApplicationExtension.class)
class TeamWindowTest {
  static final Path SHOTS = Path.of("target/screenshots");
  @TempDir
  static Path config;
  private final FakePorts ports = new FakePorts();
  private FxTaskRunner runner;
  private MainViewModel vm;
  private MainView view;

  @Start
  void start(Stage stage) {
    TeamFixtures.judgments(ports);
    ports.snapshots.save(new SnapshotRequest("Fake", null, "before", "BM25 k1=1.2, default template", 100, null,
        20, List.of("auto"), 1.2, 0.75), ProgressListener.NONE, CancelToken.none());
    ports.querySets.create("Fake", "tides");
    ports.snapshots.nextDiff = TeamFixtures.diff();
    runner = new FxTaskRunner();
    vm = new MainViewModel(ports.ports(config), runner);
    view = new MainView(vm, config.resolve("settings.json"));
    stage.setScene(new Scene(view.root(), 1240, 760));
    stage.show();
    vm.start();
  }

  @AfterEach
  void close() {
    runner.close();
  }

  private static void waitFor(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void adjudicateDisagreementsThenCompareTwoSnapshots(FxRobot robot) throws Exception {
    waitFor(() -> "Fake".equals(vm.workspace().get()));
    robot.clickOn("#queryField").press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
    assertThat(view.tabs().getSelectionModel().getSelectedItem().getText()).isEqualTo("Team");
    AgreementViewModel agreement = vm.team().agreement();
    waitFor(() -> agreement.disagreements().size() == 7);

    TableView<?> table = view.teamView().agreementView().disagreementTable();
    robot.clickOn(row(robot, table, 0));
    robot.type(KeyCode.DIGIT3);
    waitFor(() -> agreement.disagreements().getFirst().settled());
    assertThat(ports.saved.get("q2/d4").annotator()).isEqualTo("adjudicated");

    robot.clickOn(row(robot, table, 2));
    robot.clickOn("#gradeBox");
    robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("2 relevant"))
        .queryAs(Node.class));
    robot.clickOn(robot.from(view.teamView().agreementView().root()).lookup("#noteField").queryAs(Node.class))
        .write("two of three said 3; the page is partly about tides");
    robot.clickOn("#adjudicateButton");
    waitFor(() -> agreement.disagreements().get(2).settled());
    assertThat(ports.saved.get("q1/d1").grade().value()).isEqualTo(2);
    assertThat(ports.saved.get("q1/d1").note()).startsWith("two of three");
    robot.clickOn(row(robot, table, 3));
    shot(view.root(), "team-agreement-adjudication.png");

    robot.clickOn("Snapshots");
    SnapshotsViewModel snapshots = vm.team().snapshots();
    waitFor(() -> "before".equals(snapshots.a().get()));
    assertThat(robot.lookup("#bBox").queryComboBox().getValue()).isEqualTo(SnapshotsViewModel.NOW);
    robot.doubleClickOn("#kSpinner .text-field").write("5").type(KeyCode.ENTER);
    robot.clickOn("#compareButton");
    waitFor(() -> !snapshots.metrics().isEmpty());
    assertThat(ports.snapshots.calls).contains("diff before null 5");
    robot.clickOn("#listBox");
    robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("mono-XM auto"))
        .queryAs(Node.class));
    waitFor(() -> snapshots.moves().size() == 4);
    TableView<?> metrics = robot.lookup("#metricsTable").queryAs(TableView.class);
    assertThat(metrics.getItems()).hasSize(6);
    assertThat(metrics.getColumns().get(1).getText()).isEqualTo("A: before");
    shot(view.root(), "team-snapshot-diff.png");
  }

  private static Node row(FxRobot robot, TableView<?> table, int index) {
    return robot.from(table).lookup(".table-row-cell").match((TableRow<?> r) -> r.getIndex() == index
        && r.isVisible() && r.getItem() != null).query();
  }

  private static void shot(Parent node, String name) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> Screenshots.save(node, SHOTS.resolve(name))).get();
  }
}
