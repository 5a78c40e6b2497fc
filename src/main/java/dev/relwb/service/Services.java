package dev.relwb.service;

import dev.relwb.core.AppDirs;

/// What the UI and the CLI may ask for. The composition root (`app.AppContext`) implements it and
/// is the one place that builds services; front ends receive this interface and nothing else.
public interface Services {
  /// The app's data, cache and config folders.
  AppDirs dirs();

  /// The application version, as built.
  String version();

  /// Named workspaces (corpus + index + judgments).
  WorkspaceService workspaceService();

  /// Indexing folders and collections into workspaces.
  IndexService indexService();

  /// BM25 search and batch runs.
  SearchService searchService();
}
