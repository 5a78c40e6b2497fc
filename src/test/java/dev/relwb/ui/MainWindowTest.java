package dev.relwb.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.ui.support.FxTaskRunner;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The real main window opens headless (Monocle) and has its query field.
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
  @TempDir
  static Path config;

  @Start
  void start(Stage stage) {
    MainViewModel vm = new MainViewModel(new FakePorts().ports(config), new FxTaskRunner());
    stage.setScene(new Scene(new MainView(vm, config.resolve("settings.json")).root(), 1000, 700));
    stage.show();
  }

  @Test
  void findsTheQueryFieldAndTypesIntoIt(FxRobot robot) {
    TextField field = robot.lookup("#queryField").queryAs(TextField.class);
    assertThat(field).isNotNull();
    robot.clickOn(field).write("ocean tides");
    assertThat(field.getText()).isEqualTo("ocean tides");
  }
}
