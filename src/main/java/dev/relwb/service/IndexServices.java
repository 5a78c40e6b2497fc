package dev.relwb.service;

import dev.relwb.core.AppDirs;

/// Builds the workspace, index and search services, which share one registry of open indexes,
/// one set of analyzers and one language detector. The composition root creates one of these.
/// The judgment service (null for none) receives the topics and qrels of collection imports and
/// counts each workspace's topics.
public final class IndexServices implements AutoCloseable {
  private final IndexRegistry registry = new IndexRegistry();
  private final WorkspaceService workspaces;
  private final IndexService indexing;
  private final SearchService searching;
  private final ClusterService clusters;
  private final JudgmentService judgments;

  /// The services over the app folders `dirs`, storing collection topics and qrels through `judgments`.
  public IndexServices(AppDirs dirs, JudgmentService judgments) {
    this.workspaces = new WorkspaceService(dirs, registry, judgments);
    this.indexing = new IndexService(workspaces, registry, judgments);
    this.clusters = new ClusterService(workspaces, registry);
    this.searching = new SearchService(workspaces, registry, clusters);
    this.judgments = judgments;
  }

  /// Workspaces: create, list, delete, settings.
  public WorkspaceService workspaces() {
    return workspaces;
  }

  /// Indexing into workspaces.
  public IndexService indexing() {
    return indexing;
  }

  /// Searching and batch runs.
  public SearchService searching() {
    return searching;
  }

  /// Cluster workspaces: connection tests, connecting, session secrets, query templates.
  public ClusterService clusters() {
    return clusters;
  }

  /// Batch runs over these services, reranking with `rerank` (null: BM25 only).
  public RunService runs(RerankService rerank) {
    return new RunService(searching, rerank, judgments);
  }

  /// Closes every open index.
  @Override
  public void close() {
    registry.close();
  }
}
