package dev.relwb.app;

import dev.relwb.core.AppDirs;
import dev.relwb.service.BuildInfo;
import dev.relwb.service.ModelService;
import dev.relwb.service.RerankService;
import dev.relwb.service.Services;

/// The composition root: the one place that builds services. Services are created lazily, on
/// first use, so `relwb --version` starts no engine and opens no index.
public final class AppContext implements Services {
  private final AppDirs dirs;
  private ModelService modelService;
  private RerankService rerank;

  /// A context over the given app folders.
  public AppContext(AppDirs dirs) {
    this.dirs = dirs;
  }

  @Override
  public AppDirs dirs() {
    return dirs;
  }

  @Override
  public synchronized ModelService modelService() {
    if (modelService == null) {
      modelService = new ModelService();
    }
    return modelService;
  }

  @Override
  public String version() {
    return BuildInfo.version();
  }

  @Override
  public synchronized RerankService rerank() {
    if (rerank == null) {
      rerank = new RerankService(dirs);
    }
    return rerank;
  }
}
