package dev.relwb.service;

import dev.relwb.core.AppDirs;
import dev.relwb.core.WorkbenchException;

/// What the UI and the CLI may ask for. The composition root (`app.AppContext`) implements it and
/// is the one place that builds services; front ends receive this interface and nothing else.
public interface Services {
  /// The app's data, cache and config folders.
  AppDirs dirs();

  /// The application version, as built.
  String version();

  /// Model resolution (folder or hub repo id), download from the Hugging Face hub, and model info.
  default ModelHubService hub() {
    throw new WorkbenchException("Models are not available in this context");
  }

  /// Judging: record judgments, import and export judgment files.
  default JudgmentService judgments() {
    throw new WorkbenchException("Judgments are not available in this context");
  }

  /// Evaluation: metrics, run comparison, pooling, run files.
  default EvaluationService evaluation() {
    throw new WorkbenchException("Evaluation is not available in this context");
  }

  /// Cross-encoder inference, the one owner of loaded models: model loading (folder or hub repo id),
  /// background reranking, and pair scoring (`relwb score`), all on one inference thread.
  default RerankService rerank() {
    throw new WorkbenchException("Reranking is not available here");
  }

  /// The measurements behind `relwb bench …`.
  default Benchmarks benchmarks() {
    throw new WorkbenchException("Benchmarks are not available in this context");
  }

  /// Named workspaces (corpus + index + judgments).
  default WorkspaceService workspaceService() {
    throw new WorkbenchException("Workspaces are not available in this context");
  }

  /// Indexing folders and collections into workspaces.
  default IndexService indexService() {
    throw new WorkbenchException("Indexing is not available in this context");
  }

  /// BM25 search.
  default SearchService searchService() {
    throw new WorkbenchException("Search is not available in this context");
  }

  /// Workspaces connected to a search cluster (OpenSearch, Solr): tests, connecting, query templates.
  default ClusterService clusterService() {
    throw new WorkbenchException("Search clusters are not available in this context");
  }

  /// Query sets: named sets of queries with guidelines, import and export.
  default QuerySetService querySets() {
    throw new WorkbenchException("Query sets are not available in this context");
  }

  /// Snapshots of every list's rankings for a query set, and their diffs.
  default SnapshotService snapshots() {
    throw new WorkbenchException("Snapshots are not available in this context");
  }

  /// Batch runs: topics ranked by BM25 (and a reranker), written as TREC runs.
  default RunService runs() {
    throw new WorkbenchException("Runs are not available in this context");
  }
}
