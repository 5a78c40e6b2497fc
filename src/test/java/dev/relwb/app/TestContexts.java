package dev.relwb.app;

import dev.relwb.core.AppDirs;
import dev.relwb.service.Services;

/// Builds the real composition root for tests in other packages.
public final class TestContexts {
  private TestContexts() { }

  /// The app's services over `dirs`.
  public static Services context(AppDirs dirs) {
    return new AppContext(dirs);
  }
}
