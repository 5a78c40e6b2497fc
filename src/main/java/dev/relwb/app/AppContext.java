package dev.relwb.app;

import dev.relwb.core.AppDirs;
import dev.relwb.service.BuildInfo;
import dev.relwb.service.EvaluationService;
import dev.relwb.service.JudgmentService;
import dev.relwb.service.ModelService;
import dev.relwb.service.RerankService;
import dev.relwb.service.IndexServices;
import dev.relwb.service.IndexService;
import dev.relwb.service.SearchService;
import dev.relwb.service.Services;
import dev.relwb.service.WorkspaceService;

/// The composition root: the one place that builds services. Services are created lazily, on
/// first use, so `relwb --version` starts no engine and opens no index.
public final class AppContext implements Services {
  private final AppDirs dirs;
  private JudgmentService judgments;
  private EvaluationService evaluation;
  private ModelService modelService;
  private RerankService rerank;
  private IndexServices indexServices;

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
  public synchronized JudgmentService judgments() {
    if (judgments == null) {
      judgments = new JudgmentService(dirs);
    }
    return judgments;
  }

  @Override
  public synchronized EvaluationService evaluation() {
    if (evaluation == null) {
      evaluation = new EvaluationService(judgments());
    }
    return evaluation;
  }

  @Override
  public synchronized RerankService rerank() {
    if (rerank == null) {
      rerank = new RerankService(dirs);
    }
    return rerank;
  }

  private synchronized IndexServices indexServices() {
    if (indexServices == null) {
      indexServices = new IndexServices(dirs, null);
    }
    return indexServices;
  }

  @Override
  public WorkspaceService workspaceService() {
    return indexServices().workspaces();
  }

  @Override
  public IndexService indexService() {
    return indexServices().indexing();
  }

  @Override
  public SearchService searchService() {
    return indexServices().searching();
  }
}
