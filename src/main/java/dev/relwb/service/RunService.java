package dev.relwb.service;

import dev.relwb.core.CancelToken;
import dev.relwb.core.DocId;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.Ranking;
import dev.relwb.core.RunMetadata;
import dev.relwb.core.ScoredHit;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import dev.relwb.eval.TrecFormat;
import dev.relwb.eval.TrecRunWriter;
import dev.relwb.ingest.TopicsReader;
import dev.relwb.search.Bm25Params;
import dev.relwb.search.Granularity;
import dev.relwb.search.Highlight;
import dev.relwb.search.Hit;
import dev.relwb.search.QueryMode;
import dev.relwb.search.SearchPage;
import dev.relwb.search.SearchRequest;
import dev.relwb.search.Searcher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/// Batch runs, the one path from topics to rankings: each topic is searched with BM25 as a bag of words
/// and, when asked, its head is rescored by the loaded cross-encoder and put above the BM25 tail
/// (`Ranking.rerankedHead`). `relwb run` writes the rankings as a TREC run with its metadata; the
/// Evaluation tab hands them to the evaluator.
public final class RunService {
  /// The system name of plain BM25 rankings.
  public static final String BM25 = "BM25";
  /// The system name of reranked rankings.
  public static final String RERANKED = "BM25+mono-XM";
  private final SearchService search;
  private final RerankService rerank;
  private final JudgmentService judgments;

  RunService(SearchService search, RerankService rerank, JudgmentService judgments) {
    this.search = search;
    this.rerank = rerank;
    this.judgments = judgments;
  }

  /// Runs `job` and writes its TREC run and metadata. With a rerank spec, the model is loaded first (a
  /// folder or hub id, on the default device with all cores).
  public RunSummary run(RunJob job, ProgressListener progress, CancelToken cancel) {
    Bm25Params bm25 = search.bm25(job.workspace(), job.k1(), job.b());       // fails first for a missing workspace
    List<Topic> topics = job.topics() != null ? TopicsReader.read(job.topics()) : judgments.topics(job.workspace());
    if (topics.isEmpty()) {
      throw new WorkbenchException(job.topics() != null ? "No topics found in " + job.topics()
          + ": use BEIR queries.jsonl, TREC topics (<top><num><title>) or qid<TAB>text lines"
          : "Workspace '" + job.workspace() + "' has no topics: give --topics FILE");
    }
    int depth = job.rerank() == null ? 0 : job.rerank().depth();
    int perDocument = job.rerank() == null ? 0 : job.rerank().perDocument();
    RunSpec spec = new RunSpec(job.language(), job.k(), job.k1(), job.b(), depth, null, job.template(), perDocument);
    RerankerInfo model = job.rerank() == null ? null : loadModel(job.rerank());
    long t0 = System.nanoTime();
    long[] lines = {0};
    int[] empty = {0};
    String tag = job.tag() == null ? "relwb-bm25" : job.tag();
    try (TrecRunWriter w = new TrecRunWriter(job.out(), tag)) {
      rank(job.workspace(), topics, spec, progress, cancel, t -> {
        Ranking r = t.reranked() != null ? t.reranked() : t.bm25();
        w.write(r);
        lines[0] += r.hits().size();
        empty[0] += r.hits().isEmpty() ? 1 : 0;
      });
      w.commit();
    }
    String modelRef = job.rerank() == null ? null : job.rerank().model();
    TrecFormat.writeMetadata(job.out(), metadata(bm25, spec, model, modelRef)
        .withFirstStage(search.firstStage(job.workspace(), job.template())));
    return new RunSummary(job.out().toString(), topics.size(), lines[0], empty[0], (System.nanoTime() - t0) / 1e9);
  }

  private RerankerInfo loadModel(RunJob.RerankSpec spec) {
    if (spec.depth() < 1) {
      throw new WorkbenchException("The rerank depth must be at least 1, not " + spec.depth());
    }
    if (spec.model() == null || spec.model().isBlank()) {
      throw new WorkbenchException("Reranking needs a model: give --model (a model folder or hub id)");
    }
    return rerank.load(spec.model(), RuntimeOptions.on("auto", 0).withPrecision(spec.precision()),
        ProgressListener.NONE, CancelToken.none());
  }

  /// What produced rankings of `spec` in `workspace`: plain BM25, or, when `spec` reranks, BM25 with its
  /// head rescored by the loaded model.
  RunMetadata metadata(String workspace, RunSpec spec) {
    RerankerInfo model = spec.reranks() ? rerank.model().orElse(null) : null;
    return metadata(search.bm25(workspace, spec.k1(), spec.b()), spec, model, null)
        .withFirstStage(search.firstStage(workspace, spec.template()));
  }

  /// The metadata of a run: BM25's parameters as used and, with a `model`, its identity (`repo@commit`,
  /// or the weights' SHA-256 with `modelRef` as the repo), family, max length, adapter language, depth and
  /// precision.
  private static RunMetadata metadata(Bm25Params bm25, RunSpec spec, RerankerInfo model, String modelRef) {
    String now = Instant.now().toString();
    if (model == null) {
      return RunMetadata.bm25(bm25.k1(), bm25.b(), now);
    }
    String id = model.id();
    int at = id.indexOf('@');
    String repo = at >= 0 ? id.substring(0, at) : modelRef;
    String revision = at >= 0 ? id.substring(at + 1) : null;
    String weights = id.startsWith("sha256:") ? id.substring("sha256:".length()) : null;
    String adapter = spec.adapter() == null ? "auto" : spec.adapter();
    return new RunMetadata(RERANKED, repo, revision, weights, adapter, model.maxTokens(), spec.depth(),
        (double) bm25.k1(), (double) bm25.b(), now, model.precision(), null, model.family());
  }

  /// The loaded cross-encoder, if any (without one, runs cannot rerank).
  public Optional<RerankerInfo> model() {
    return rerank.model();
  }

  /// Ranks every topic of `topics` (blank ones give empty rankings) and hands each to `each` as it is
  /// done, in order, with progress per topic; `cancel` stops between topics and between rerank batches.
  /// Reranking uses the model loaded in the rerank service. A cluster's first stage is asked for up to its
  /// parallel-query limit of topics at once (a shared cluster is not flooded); reranking stays one topic
  /// at a time on the inference thread.
  public void rank(String workspace, List<Topic> topics, RunSpec spec, ProgressListener progress,
      CancelToken cancel, Consumer<RankedTopic> each) {
    Searcher searcher = search.searcher(workspace, spec.template());
    Bm25Params bm25 = search.bm25(workspace, spec.k1(), spec.b());
    String fallback = search.language(workspace, null);
    long t0 = System.nanoTime();
    try (FirstStagePrefetch pages = new FirstStagePrefetch(topics.size(), search.parallelQueries(workspace),
        i -> firstStage(searcher, topics.get(i), language(spec, topics.get(i), fallback), bm25, spec))) {
      for (int i = 0; i < topics.size(); i++) {
        cancel.throwIfCancelled("The run");
        Topic t = topics.get(i);
        each.accept(rankTopic(searcher, t, language(spec, t, fallback), pages.get(i), spec, cancel));
        progress.onProgress(new Progress("Run", i + 1, topics.size(), Duration.ofNanos(System.nanoTime() - t0),
            "topic " + t.id()));
      }
    }
  }

  /// Like [#rank], and also reranks the same BM25 head of each topic (MaxP, as [#rank] does) with each
  /// model of `models` (locations, loaded on first use beside the loaded one): `each` gets the topic and
  /// one ranking per model, in the order of `models`, each named `names[i]`. With `spec.reranks()` false
  /// only the extra models rerank (the head is `depth` documents all the same: give a positive depth).
  public void rankWithModels(String workspace, List<Topic> topics, RunSpec spec, int depth, List<String> models,
      List<String> names, ProgressListener progress, CancelToken cancel,
      java.util.function.BiConsumer<RankedTopic, List<Ranking>> each) {
    Searcher searcher = search.searcher(workspace, spec.template());
    Bm25Params bm25 = search.bm25(workspace, spec.k1(), spec.b());
    String fallback = search.language(workspace, null);
    long t0 = System.nanoTime();
    try (FirstStagePrefetch pages = new FirstStagePrefetch(topics.size(), search.parallelQueries(workspace),
        i -> firstStage(searcher, topics.get(i), language(spec, topics.get(i), fallback), bm25, spec))) {
      for (int i = 0; i < topics.size(); i++) {
        cancel.throwIfCancelled("The run");
        Topic t = topics.get(i);
        SearchPage page = pages.get(i);
        RankedTopic ranked = rankTopic(searcher, t, language(spec, t, fallback), page, spec, cancel);
        List<Ranking> extra = new ArrayList<>(models.size());
        for (int m = 0; m < models.size(); m++) {
          if (page == null) {
            extra.add(new Ranking(t.id(), names.get(m), List.of()));
          } else {
            extra.add(rerankHead(searcher, t, page, spec, depth, models.get(m), names.get(m), cancel));
          }
        }
        each.accept(ranked, extra);
        progress.onProgress(new Progress("Run", i + 1, topics.size(), Duration.ofNanos(System.nanoTime() - t0),
            "topic " + t.id()));
      }
    }
  }

  /// The BM25 page of `t` with its top `depth` documents rescored (MaxP) by the model at `model`.
  private Ranking rerankHead(Searcher searcher, Topic t, SearchPage page, RunSpec spec, int depth, String model,
      String system, CancelToken cancel) {
    List<ScoredHit> hits = new ArrayList<>(page.hits().size());
    for (Hit h : page.hits()) {
      hits.add(new ScoredHit(new DocId(h.docId()), hits.size() + 1, h.score()));
    }
    int head = Math.min(depth, hits.size());
    List<MaxPInput.Document> docs = MaxPInput.of(searcher, page.hits().subList(0, head), spec.perDocument());
    boolean guessed = spec.adapter() == null || spec.adapter().equalsIgnoreCase("auto");
    RerankRequest req = new RerankRequest(t.text(), MaxPInput.texts(docs), MaxPInput.docIds(docs),
        guessed ? page.language() : spec.adapter(), guessed, 0, 0, true, model);
    RerankSummary scored = rerank.rerank(req, b -> { }, ProgressListener.NONE, cancel);
    List<ScoredHit> rescored = new ArrayList<>(head);
    for (RankedDocument d : scored.documents()) {
      rescored.add(new ScoredHit(new DocId(d.docId()), rescored.size() + 1, d.logit()));
    }
    return Ranking.rerankedHead(t.id(), system, rescored, hits.subList(head, hits.size()));
  }

  /// What produced rankings of `spec` reranked by the model at `location` (described, loading it if need be).
  RunMetadata metadata(String workspace, RunSpec spec, String location, CancelToken cancel) {
    RerankerInfo model = rerank.describe(location, cancel);
    return metadata(search.bm25(workspace, spec.k1(), spec.b()), spec, model, location)
        .withFirstStage(search.firstStage(workspace, spec.template()));
  }

  private static String language(RunSpec spec, Topic t, String fallback) {
    return spec.language() != null ? spec.language() : t.languageOr(fallback);
  }

  /// The first-stage page of topic `t` (null for a blank topic).
  private static SearchPage firstStage(Searcher searcher, Topic t, String lang, Bm25Params bm25, RunSpec spec) {
    if (t.text().isBlank()) {
      return null;
    }
    return SearchService.searchOrEnglish(searcher, new SearchRequest(t.text(), lang, spec.k(),
        Granularity.DOCUMENTS, QueryMode.BAG_OF_WORDS, Highlight.NONE, false, bm25, spec.reranks()));
  }

  private RankedTopic rankTopic(Searcher searcher, Topic t, String lang, SearchPage page, RunSpec spec,
      CancelToken cancel) {
    if (page == null) {
      Ranking none = new Ranking(t.id(), BM25, List.of());
      return new RankedTopic(t, lang, none, spec.reranks() ? none : null, null);
    }
    List<ScoredHit> hits = new ArrayList<>(page.hits().size());
    for (Hit h : page.hits()) {
      hits.add(new ScoredHit(new DocId(h.docId()), hits.size() + 1, h.score()));
    }
    Ranking bm25Ranking = new Ranking(t.id(), BM25, hits);
    if (!spec.reranks()) {
      return new RankedTopic(t, page.language(), bm25Ranking, null, null);
    }
    int depth = Math.min(spec.depth(), hits.size());
    List<MaxPInput.Document> docs = MaxPInput.of(searcher, page.hits().subList(0, depth), spec.perDocument());
    boolean guessed = spec.adapter() == null || spec.adapter().equalsIgnoreCase("auto");
    RerankRequest req = new RerankRequest(t.text(), MaxPInput.texts(docs), MaxPInput.docIds(docs),
        guessed ? page.language() : spec.adapter(), guessed, 0, 0, true);
    RerankSummary scored = rerank.rerank(req, b -> { }, ProgressListener.NONE, cancel);
    List<ScoredHit> rescored = new ArrayList<>(depth);
    for (RankedDocument d : scored.documents()) {
      rescored.add(new ScoredHit(new DocId(d.docId()), rescored.size() + 1, d.logit()));
    }
    Ranking reranked = Ranking.rerankedHead(t.id(), RERANKED, rescored, hits.subList(depth, hits.size()));
    return new RankedTopic(t, page.language(), bm25Ranking, reranked, scored.language());
  }
}
