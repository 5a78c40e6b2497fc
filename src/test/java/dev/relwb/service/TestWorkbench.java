package dev.relwb.service;

import dev.relwb.core.AppDirs;
import java.nio.file.Path;

/// Real services over a temporary app folder, for tests.
final class TestWorkbench {
  private TestWorkbench() { }

  static IndexServices at(Path home) {
    return new IndexServices(new AppDirs(home.resolve("data"), home.resolve("cache"), home.resolve("config")), null);
  }

  static Path resource(String path) {
    try {
      return Path.of(TestWorkbench.class.getResource("/" + path).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
