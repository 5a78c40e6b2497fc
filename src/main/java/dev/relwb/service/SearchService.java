package dev.relwb.service;

import dev.relwb.core.CancelToken;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.ingest.Topic;
import dev.relwb.ingest.TopicsReader;
import dev.relwb.search.Bm25Params;
import dev.relwb.search.Granularity;
import dev.relwb.search.HitExplanation;
import dev.relwb.search.LuceneBm25Searcher;
import dev.relwb.search.QueryMode;
import dev.relwb.search.RunScores;
import dev.relwb.search.SearchHit;
import dev.relwb.search.SearchPage;
import dev.relwb.search.SearchRequest;
import dev.relwb.search.Searcher;
import dev.relwb.search.TrecRunWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/// BM25 search in a workspace, and batch runs over a topic file written as a TREC run.
/// Thread-safe; the index is opened read-only (it sees the last commit), so searching works
/// while another process indexes.
public final class SearchService {
  private final WorkspaceService workspaces;
  private final IndexRegistry indexes;
  private final RunReranker.Factory rerankers;

  SearchService(WorkspaceService workspaces, IndexRegistry indexes, RunReranker.Factory rerankers) {
    this.workspaces = workspaces;
    this.indexes = indexes;
    this.rerankers = rerankers;
  }

  /// The first-stage searcher of `workspace`.
  Searcher searcher(String workspace) {
    workspaces.settings(workspace);
    return new LuceneBm25Searcher(indexes.reader(workspaces.paths(workspace).index()), indexes.detector());
  }

  /// Runs one search.
  public SearchResults search(String workspace, SearchQuery q) {
    WorkspaceSettings s = workspaces.settings(workspace);
    SearchRequest req = new SearchRequest(q.text(), q.language() == null ? s.language() : q.language(), q.k(),
        q.passages() ? Granularity.PASSAGES : Granularity.DOCUMENTS, q.syntax() ? QueryMode.SYNTAX
        : QueryMode.BAG_OF_WORDS, true, q.explain(), bm25(s, q.k1(), q.b()), true);
    SearchPage page = searcher(workspace).search(req);
    return new SearchResults(page.query(), page.language(), page.analyzer(), page.totalMatches(), page.millis(),
        page.notices(), page.hits().stream().map(SearchService::hit).toList());
  }

  private static Bm25Params bm25(WorkspaceSettings s, Double k1, Double b) {
    return new Bm25Params((float) (k1 == null ? s.k1() : k1), (float) (b == null ? s.b() : b));
  }

  private static SearchResults.Hit hit(SearchHit h) {
    String snippet = h.snippet() == null ? null : h.snippet().text();
    List<SearchResults.Span> spans = h.snippet() == null ? List.of()
        : h.snippet().highlights().stream().map(x -> new SearchResults.Span(x.start(), x.end())).toList();
    return new SearchResults.Hit(h.rank(), h.id(), h.docId(), h.passage(), h.passages(), h.title(), h.text(),
        h.path(), h.language(), h.start(), h.end(), h.score(), snippet, spans, explanation(h.explanation()));
  }

  private static SearchResults.Explanation explanation(HitExplanation e) {
    return e == null ? null : new SearchResults.Explanation(e.value(), e.description(),
        e.details().stream().map(SearchService::explanation).toList());
  }

  /// Runs every topic of `job.topics()` and writes the TREC run; scores are strictly decreasing
  /// per topic (ties broken by document id descending, as trec_eval does).
  public RunSummary run(RunJob job, ProgressListener progress, CancelToken cancel) {
    WorkspaceSettings s = workspaces.settings(job.workspace());
    List<Topic> topics = TopicsReader.read(job.topics());
    if (topics.isEmpty()) {
      throw new WorkbenchException("No topics found in " + job.topics()
          + ": use BEIR queries.jsonl, TREC topics (<top><num><title>) or qid<TAB>text lines");
    }
    Searcher searcher = searcher(job.workspace());
    RunReranker reranker = job.rerank() == null ? null : openReranker(job.rerank());
    String lang = job.language() == null ? s.language() : job.language();
    Bm25Params bm25 = bm25(s, job.k1(), job.b());
    long t0 = System.nanoTime();
    long lines = 0;
    int empty = 0;
    try (TrecRunWriter w = new TrecRunWriter(job.out(), job.tag() == null ? "relwb-bm25" : job.tag())) {
      for (int i = 0; i < topics.size(); i++) {
        cancel.throwIfCancelled("The run");
        Topic t = topics.get(i);
        List<RunScores.Entry> ranking = rankTopic(searcher, reranker, job, t, lang, bm25, cancel);
        w.write(t.id(), ranking);
        lines += ranking.size();
        empty += ranking.isEmpty() ? 1 : 0;
        progress.onProgress(new Progress("Run", i + 1, topics.size(), Duration.ofNanos(System.nanoTime() - t0),
            "topic " + t.id()));
      }
    }
    return new RunSummary(job.out().toString(), topics.size(), lines, empty, (System.nanoTime() - t0) / 1e9);
  }

  private RunReranker openReranker(RunJob.RerankSpec spec) {
    if (rerankers == null) {
      throw new WorkbenchException("Reranking is not available in this build yet: run without --rerank");
    }
    if (spec.depth() < 1) {
      throw new WorkbenchException("The rerank depth must be at least 1, not " + spec.depth());
    }
    return rerankers.open(spec.model());
  }

  private static List<RunScores.Entry> rankTopic(Searcher searcher, RunReranker reranker, RunJob job, Topic t,
      String lang, Bm25Params bm25, CancelToken cancel) {
    if (t.text().isBlank()) {
      return List.of();
    }
    SearchPage page = searcher.search(new SearchRequest(t.text(), lang, job.k(), Granularity.DOCUMENTS,
        QueryMode.BAG_OF_WORDS, false, false, bm25, reranker != null));
    List<RunScores.Entry> bm25Ranking = new ArrayList<>();
    for (SearchHit h : page.hits()) {
      bm25Ranking.add(new RunScores.Entry(h.docId(), h.score()));
    }
    if (reranker == null) {
      return RunScores.sortedStrictlyDecreasing(bm25Ranking);
    }
    int depth = Math.min(job.rerank().depth(), page.hits().size());
    List<RunReranker.Candidate> cands = page.hits().subList(0, depth).stream()
        .map(h -> new RunReranker.Candidate(h.docId(), h.text())).toList();
    double[] scores = reranker.score(t.text(), page.language(), cands, cancel);
    List<RunScores.Entry> head = new ArrayList<>();
    for (int i = 0; i < depth; i++) {
      head.add(new RunScores.Entry(cands.get(i).docId(), scores[i]));
    }
    List<RunScores.Entry> tail = RunScores.sortedStrictlyDecreasing(bm25Ranking).subList(depth, bm25Ranking.size());
    return RunScores.mergeRerankedHead(head, tail);
  }
}
