package dev.relwb.service.workbench;

import dev.relwb.core.CancelToken;
import dev.relwb.core.DocId;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.service.Services;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/// Builds the window's ports over the application's services.
public final class ServicePorts {
  private ServicePorts() { }

  /// The ports backed by `services`; judgments are recorded under the OS user's name.
  public static WorkbenchPorts from(Services services) {
    SettingsStore store = new SettingsStore(services.dirs().config());
    JudgingAdapter judging = new JudgingAdapter(services.dirs(), System.getProperty("user.name", "me"));
    RetrievalAdapter retrieval = new RetrievalAdapter(services.searchService());
    RerankingAdapter reranking = new RerankingAdapter(services.rerank());
    CorporaAdapter corpora = new CorporaAdapter(services.workspaceService(), services.indexService(),
        services.judgments(), judging);
    EvaluatingAdapter evaluating = new EvaluatingAdapter(retrieval, reranking, services.judgments(), judging);
    return new WorkbenchPorts(corpora, retrieval, reranking, judging, evaluating, store);
  }

  /// Ports for a build without services (every blocking call fails with a short message and the
  /// window runs in BM25-only mode with no workspace); used when the services cannot start.
  public static WorkbenchPorts unavailable(Services services) {
    Missing m = new Missing();
    return new WorkbenchPorts(m, m, m, m, m, new SettingsStore(services.dirs().config()));
  }

  /// Stands in for services this build does not contain yet: every blocking call fails with a
  /// short message, and the model is reported missing (BM25-only mode).
  private static final class Missing implements Corpora, Retrieval, Reranking, Judging, Evaluating {
    private static WorkbenchException missing(String what) {
      return new WorkbenchException(what + " is not available in this build");
    }

    @Override
    public List<WorkspaceInfo> list() {
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
    public SearchOutcome search(String ws, String q, String lang, int k) {
      throw missing("BM25 search");
    }

    @Override
    public void setBm25(double k1, double b) { }

    @Override
    public DocumentDetail document(String ws, Hit hit, String q) {
      throw missing("The document view");
    }

    @Override
    public ModelStatus status() {
      return ModelStatus.none("");
    }

    @Override
    public ModelStatus load(String location, RuntimeOptions o, ProgressListener p, CancelToken c) {
      throw missing("Loading a model");
    }

    @Override
    public void rerank(String q, String lang, List<Hit> hits, int depth, Consumer<RerankBatch> onBatch,
        ProgressListener p, CancelToken c) {
      throw missing("Reranking");
    }

    @Override
    public Topic topicFor(String ws, String text, String lang) {
      throw missing("Judging");
    }

    @Override
    public Map<DocId, Judgment> judgments(String ws, Topic t) {
      return Map.of();
    }

    @Override
    public void save(String ws, Topic t, DocId d, Judgment j) {
      throw missing("Saving judgments");
    }

    @Override
    public List<Topic> topics(String ws) {
      return List.of();
    }

    @Override
    public QueryMetrics metrics(List<DocId> ranking, Map<DocId, Judgment> js) {
      return QueryMetrics.EMPTY;
    }

    @Override
    public List<String> topicSets(String ws) {
      return List.of();
    }

    @Override
    public EvalReport evaluate(EvalRequest r, ProgressListener p, CancelToken c) {
      throw missing("Evaluation");
    }

    @Override
    public List<Path> export(EvalReport r, Path folder) {
      throw missing("Export");
    }
  }
}
