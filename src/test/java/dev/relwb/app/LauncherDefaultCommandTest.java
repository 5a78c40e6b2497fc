package dev.relwb.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LauncherDefaultCommandTest {
  @AfterEach
  void clear() {
    System.clearProperty("relwb.launcher");
  }

  @Test
  void noArgumentsOpensTheGui() {
    assertThat(Launcher.withDefaultCommand()).containsExactly("gui");
  }

  @Test
  void theCliLauncherPassesArgumentsThrough() {
    assertThat(Launcher.withDefaultCommand("--version")).containsExactly("--version");
  }

  @Test
  void theDesktopLauncherAlwaysRunsTheGuiCommand() {
    System.setProperty("relwb.launcher", "gui");
    assertThat(Launcher.withDefaultCommand("--smoke-test", "--model", "m"))
        .containsExactly("gui", "--smoke-test", "--model", "m");
    assertThat(Launcher.withDefaultCommand("gui", "--help")).containsExactly("gui", "--help");
  }
}
