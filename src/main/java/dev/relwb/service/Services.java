package dev.relwb.service;

import dev.relwb.core.AppDirs;

/// What the UI and the CLI may ask for. The composition root (`app.AppContext`) implements it and
/// is the one place that builds services; front ends receive this interface and nothing else.
public interface Services {
  /// The app's data, cache and config folders.
  AppDirs dirs();

  /// The application version, as built.
  String version();

  /// Judging: record judgments, import and export judgment files.
  default JudgmentService judgments() {
    throw new dev.relwb.core.WorkbenchException("Judgments are not available in this context");
  }

  /// Evaluation: metrics, run comparison, pooling, run files.
  default EvaluationService evaluation() {
    throw new dev.relwb.core.WorkbenchException("Evaluation is not available in this context");
  }

  /// Loads mono-XM model folders and scores pairs (`relwb score`). Contexts without models
  /// (e.g. small test doubles) may leave the default, which fails with a clear message.
  default ModelService modelService() {
    throw new dev.relwb.core.WorkbenchException("Model scoring is not available in this context");
  }

  /// Cross-encoder reranking (model loading, background scoring, benchmarks).
  default RerankService rerank() {
    throw new dev.relwb.core.WorkbenchException("Reranking is not available here");
  }

  /// Named workspaces (corpus + index + judgments).
  default WorkspaceService workspaceService() {
    throw new dev.relwb.core.WorkbenchException("Workspaces are not available in this context");
  }

  /// Indexing folders and collections into workspaces.
  default IndexService indexService() {
    throw new dev.relwb.core.WorkbenchException("Indexing is not available in this context");
  }

  /// BM25 search and batch runs.
  default SearchService searchService() {
    throw new dev.relwb.core.WorkbenchException("Search is not available in this context");
  }
}
