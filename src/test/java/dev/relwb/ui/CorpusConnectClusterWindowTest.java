package dev.relwb.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.cluster.ClusterAuth;
import dev.relwb.cluster.ClusterConfig;
import dev.relwb.cluster.ClusterFields;
import dev.relwb.ui.support.FxTaskRunner;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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

/// The Corpus tab's *Connect to a cluster* form in the real window, headless, over the fake ports: fill
/// it in, test, pick the text field, connect; the new workspace is listed and selected. Saves
/// `target/screenshots/corpus-connect-cluster.png` (the form) and `corpus-cluster-workspace.png` (the tab).
@ExtendWith(ApplicationExtension.class)
class CorpusConnectClusterWindowTest {
  static final Path SHOTS = Path.of("target/screenshots");
  @TempDir
  static Path config;
  private final FakePorts ports = new FakePorts();
  private FxTaskRunner runner;
  private MainViewModel vm;
  private MainView view;

  @Start
  void start(Stage stage) {
    runner = new FxTaskRunner();
    vm = new MainViewModel(ports.ports(config), runner);
    view = new MainView(vm, config.resolve("settings.json"));
    stage.setScene(new Scene(view.root(), 1100, 720));
    stage.show();
    vm.start();
  }

  @AfterEach
  void close() {
    runner.close();
  }

  private static void waitFor(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
  }

  private static Node in(FxRobot robot, Parent form, String id) {
    return robot.from(form).lookup(id).queryAs(Node.class);
  }

  private static void pick(FxRobot robot, Node box, String item) {
    robot.clickOn(box);
    robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(item))
        .queryAs(Node.class));
  }

  @Test
  void fillInTestPickTheTextFieldAndConnect(FxRobot robot) throws Exception {
    waitFor(() -> "Fake".equals(vm.workspace().get()));
    robot.clickOn("Corpus");
    robot.clickOn("#connectClusterButton");
    waitFor(() -> robot.listWindows().stream().anyMatch(w -> w instanceof Stage s
        && "Connect to a cluster".equals(s.getTitle()) && s.isShowing()));
    Parent form = robot.window("Connect to a cluster").getScene().getRoot();
    robot.clickOn(in(robot, form, "#urlField")).write("http://localhost:9200");
    robot.clickOn(in(robot, form, "#indexField")).write("cranfield");
    pick(robot, in(robot, form, "#authBox"), "API key");
    robot.clickOn(in(robot, form, "#secretField")).write("key-123");
    robot.clickOn(in(robot, form, "#testButton"));
    ComboBox<?> textBox = (ComboBox<?>) in(robot, form, "#textBox");
    waitFor(() -> !textBox.getItems().isEmpty());
    assertThat(ports.lastSecret).isEqualTo("key-123");
    pick(robot, textBox, "title");
    robot.clickOn(in(robot, form, "#nameField")).eraseText(20).write("cran-os");
    robot.clickOn(in(robot, form, "#testButton"));
    Label status = (Label) in(robot, form, "#statusLabel");
    waitFor(() -> status.getText().endsWith("fields OK"));
    shot(form, "corpus-connect-cluster.png");

    robot.clickOn(in(robot, form, "#connectButton"));
    waitFor(() -> "cran-os".equals(vm.workspace().get()));
    assertThat(ports.calls).contains("connect cran-os OpenSearch at http://localhost:9200 (index cranfield)");
    ClusterConfig sent = ports.clusterWorkspaces.get("cran-os");
    assertThat(sent.fields()).isEqualTo(new ClusterFields("_id", "title", "title", null));
    assertThat(sent.auth()).isEqualTo(new ClusterAuth("apikey", null, null));
    assertThat(ports.lastSecret).isEqualTo("key-123");
    waitFor(() -> !form.getScene().getWindow().isShowing());
    waitFor(() -> robot.lookup("#statsLabel").queryAs(Label.class).getText().startsWith("cran-os: OpenSearch at"));
    assertThat(robot.lookup("#sessionSecretField").queryAs(Node.class).isVisible()).isTrue();
    shot(view.root(), "corpus-cluster-workspace.png");
  }

  private static void shot(Parent node, String name) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> Screenshots.save(node, SHOTS.resolve(name))).get();
  }
}
