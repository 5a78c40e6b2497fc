package dev.relwb.app;

import dev.relwb.core.AppDirs;
import dev.relwb.hub.HubSettings;
import dev.relwb.service.Benchmarks;
import dev.relwb.service.BuildInfo;
import dev.relwb.service.EvaluationService;
import dev.relwb.service.IndexService;
import dev.relwb.service.ClusterService;
import dev.relwb.service.QuerySetService;
import dev.relwb.service.SnapshotService;
import dev.relwb.service.IndexServices;
import dev.relwb.service.JudgmentService;
import dev.relwb.service.ModelHubService;
import dev.relwb.service.RerankService;
import dev.relwb.service.RunService;
import dev.relwb.service.SearchService;
import dev.relwb.service.Services;
import dev.relwb.service.WorkspaceService;

/// The composition root: the one place that builds services. Services are created lazily, on
/// first use, so `relwb --version` starts no engine and opens no index.
public final class AppContext implements Services {
  private final AppDirs dirs;
  private ModelHubService hub;
  private JudgmentService judgments;
  private EvaluationService evaluation;
  private RerankService rerank;
  private IndexServices indexServices;
  private RunService runs;
  private QuerySetService querySets;
  private SnapshotService snapshots;

  /// A context over the given app folders.
  public AppContext(AppDirs dirs) {
    this.dirs = dirs;
  }

  @Override
  public AppDirs dirs() {
    return dirs;
  }

  @Override
  public String version() {
    return BuildInfo.version();
  }

  @Override
  public synchronized ModelHubService hub() {
    if (hub == null) {
      hub = new ModelHubService(HubSettings.fromSystem(), "relwb/" + BuildInfo.version());
    }
    return hub;
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
      evaluation = new EvaluationService(judgments(), runs());
    }
    return evaluation;
  }

  @Override
  public synchronized RunService runs() {
    if (runs == null) {
      runs = indexServices().runs(rerank());
    }
    return runs;
  }

  @Override
  public Benchmarks benchmarks() {
    return Benchmarks.load(dirs, hub());
  }

  @Override
  public synchronized RerankService rerank() {
    if (rerank == null) {
      rerank = new RerankService(dirs, hub());
    }
    return rerank;
  }

  private synchronized IndexServices indexServices() {
    if (indexServices == null) {
      indexServices = new IndexServices(dirs, judgments());
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

  @Override
  public synchronized QuerySetService querySets() {
    if (querySets == null) {
      querySets = new QuerySetService(judgments(), searchService());
    }
    return querySets;
  }

  @Override
  public synchronized SnapshotService snapshots() {
    if (snapshots == null) {
      snapshots = new SnapshotService(judgments(), runs(), querySets());
    }
    return snapshots;
  }

  @Override
  public ClusterService clusterService() {
    return indexServices().clusters();
  }
}
