package dev.relwb.service;

import dev.relwb.core.AppDirs;

/// Builds the workspace, index and search services, which share one registry of open indexes,
/// one set of analyzers and one language detector. The composition root creates one of these.
public final class IndexServices implements AutoCloseable {
  private final IndexRegistry registry = new IndexRegistry();
  private final WorkspaceService workspaces;
  private final IndexService indexing;
  private final SearchService searching;

  /// The services over the app folders `dirs`; `rerankers` may be null (runs without reranking).
  public IndexServices(AppDirs dirs, RunReranker.Factory rerankers) {
    this(dirs, rerankers, CollectionImportHook.NONE);
  }

  /// The same, with `onImport` told about the topics and qrels each collection import brings.
  public IndexServices(AppDirs dirs, RunReranker.Factory rerankers, CollectionImportHook onImport) {
    this.workspaces = new WorkspaceService(dirs, registry);
    this.indexing = new IndexService(workspaces, registry, onImport);
    this.searching = new SearchService(workspaces, registry, rerankers);
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

  /// Closes every open index.
  @Override
  public void close() {
    registry.close();
  }
}
