package dev.relwb.service;

import dev.relwb.cluster.ClusterConfig;
import dev.relwb.cluster.ClusterStatus;
import dev.relwb.cluster.QueryTemplate;
import dev.relwb.core.CancelToken;
import dev.relwb.core.DocId;
import dev.relwb.core.Grade;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.QueryId;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import dev.relwb.eval.Agreement;
import dev.relwb.judge.Judgment;
import dev.relwb.judge.QuerySet;
import dev.relwb.judge.QuerySetItem;
import dev.relwb.judge.Snapshot;
import dev.relwb.judge.NewJudgment;
import dev.relwb.search.Hit;
import dev.relwb.search.SearchPage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/// The ports of a window whose services could not start: reads answer "nothing", every blocking action
/// fails with a short message, and no model is loaded (BM25-only mode).
final class Unavailable implements Corpora, Clusters, Retrieval, Reranking, Judging, Evaluating, QuerySets,
    Snapshots {
  private static WorkbenchException missing(String what) {
    return new WorkbenchException(what + " is not available: the services did not start (see the log)");
  }

  @Override
  public List<WorkspaceInfo> workspaces() {
    return List.of();
  }

  @Override
  public WorkspaceInfo importSource(String n, SourceKind k, Path p, ProgressListener l, CancelToken c) {
    throw missing("Indexing");
  }

  @Override
  public void delete(String name) {
    throw missing("Deleting a workspace");
  }

  @Override
  public Optional<Path> sampleCorpus() {
    return Optional.empty();
  }

  @Override
  public SearchPage search(String ws, SearchQuery q) {
    throw missing("BM25 search");
  }

  @Override
  public Hit document(String ws, SearchQuery q, Hit hit) {
    throw missing("The document view");
  }

  @Override
  public ClusterStatus test(ClusterConfig config, String secret) {
    throw missing("Connecting to a cluster");
  }

  @Override
  public WorkspaceInfo connect(String name, ClusterConfig config, String secret) {
    throw missing("Connecting to a cluster");
  }

  @Override
  public void useSecret(String workspace, String secret) {
    throw missing("Connecting to a cluster");
  }

  @Override
  public Optional<ClusterConfig> config(String workspace) {
    return Optional.empty();
  }

  @Override
  public List<QueryTemplate> templates(String workspace) {
    return List.of();
  }

  @Override
  public void saveTemplate(String workspace, QueryTemplate template) {
    throw missing("Query templates");
  }

  @Override
  public void deleteTemplate(String workspace, String name) {
    throw missing("Query templates");
  }

  @Override
  public List<MaxPInput.Document> passages(String ws, String template, List<Hit> documents, int perDocument) {
    throw missing("Reranking");
  }

  @Override
  public Optional<RerankerInfo> model() {
    return Optional.empty();
  }

  @Override
  public CpuSummary cpu() {
    return CpuSummary.current();
  }

  @Override
  public RerankerInfo load(String location, RuntimeOptions o, ProgressListener p, CancelToken c) {
    throw missing("Loading a model");
  }

  @Override
  public RerankSummary rerank(RerankRequest r, Consumer<List<RerankedPassage>> onBatch, ProgressListener p,
      CancelToken c) {
    throw missing("Reranking");
  }

  @Override
  public String defaultAnnotator() {
    return JudgmentService.osUser();
  }

  @Override
  public Topic topicFor(String ws, String text, String lang) {
    throw missing("Judging");
  }

  @Override
  public Map<DocId, Judgment> judgments(String ws, QueryId t) {
    return Map.of();
  }

  @Override
  public Judgment record(String ws, NewJudgment j) {
    throw missing("Saving judgments");
  }

  @Override
  public List<Topic> topics(String ws) {
    return List.of();
  }

  @Override
  public List<String> topicSets(String ws) {
    return List.of();
  }

  @Override
  public EvalOutcome compareSystems(CompareRequest r, ProgressListener p, CancelToken c) {
    throw missing("Evaluation");
  }

  @Override
  public List<Path> export(EvalOutcome o, Path folder) {
    throw missing("Export");
  }

  @Override
  public QueryMetrics liveMetrics(List<DocId> ranking, Map<DocId, Judgment> js) {
    return QueryMetrics.EMPTY;
  }

  @Override
  public List<String> annotators(String workspace) {
    return List.of();
  }

  @Override
  public void addAnnotator(String workspace, String name) {
    throw missing("Annotators");
  }

  @Override
  public Agreement agreement(String workspace) {
    throw missing("Agreement");
  }

  @Override
  public Judgment adjudicate(String workspace, QueryId topic, DocId doc, Grade grade, String note) {
    throw missing("Adjudication");
  }

  @Override
  public List<QuerySet> sets(String workspace) {
    return List.of();
  }

  @Override
  public void create(String workspace, String name) {
    throw missing("Query sets");
  }

  @Override
  public void rename(String workspace, String from, String to) {
    throw missing("Query sets");
  }

  @Override
  public void delete(String workspace, String name) {
    throw missing("Query sets and snapshots");
  }

  @Override
  public void setGuidelines(String workspace, String set, String markdown) {
    throw missing("Query sets");
  }

  @Override
  public List<QuerySetItem> items(String workspace, String set) {
    return List.of();
  }

  @Override
  public QuerySetItem addQuery(String workspace, String set, String text, String language, String infoNeed,
      String notes) {
    throw missing("Query sets");
  }

  @Override
  public void updateQuery(String workspace, String set, QueryId topic, String infoNeed, String notes) {
    throw missing("Query sets");
  }

  @Override
  public void removeQuery(String workspace, String set, QueryId topic) {
    throw missing("Query sets");
  }

  @Override
  public Map<QueryId, Double> judgedShares(String workspace, String set, int k, String template) {
    return Map.of();
  }

  @Override
  public int importFile(String workspace, String set, String format, Path file) {
    throw missing("Query sets");
  }

  @Override
  public int exportFile(String workspace, String set, String format, Path file) {
    throw missing("Query sets");
  }

  @Override
  public Snapshot save(SnapshotRequest request, ProgressListener progress, CancelToken cancel) {
    throw missing("Snapshots");
  }

  @Override
  public List<Snapshot> list(String workspace) {
    return List.of();
  }

  @Override
  public SnapshotDiff diff(String workspace, String a, String b, int k, ProgressListener progress,
      CancelToken cancel) {
    throw missing("Snapshots");
  }
}
