package dev.relwb.service;

import dev.relwb.cluster.ClusterConfig;
import dev.relwb.cluster.QueryTemplate;
import dev.relwb.core.FirstStage;
import dev.relwb.core.WorkbenchException;
import dev.relwb.search.Bm25Params;
import dev.relwb.search.Granularity;
import dev.relwb.search.Highlight;
import dev.relwb.search.Hit;
import dev.relwb.search.LuceneBm25Searcher;
import dev.relwb.search.QueryMode;
import dev.relwb.search.SearchPage;
import dev.relwb.search.SearchRequest;
import dev.relwb.search.Searcher;
import java.util.ArrayList;
import java.util.List;

/// BM25 search in a workspace for the UI and the CLI, answered with the search layer's own records
/// (`SearchPage`, `Hit` with its `Snippet` spans, `HitExplanation`). Thread-safe; the index is opened
/// read-only (it sees the last commit), so searching works while another process indexes.
public final class SearchService implements Retrieval {
  private final WorkspaceService workspaces;
  private final IndexRegistry indexes;
  private final ClusterService clusters;

  SearchService(WorkspaceService workspaces, IndexRegistry indexes, ClusterService clusters) {
    this.workspaces = workspaces;
    this.indexes = indexes;
    this.clusters = clusters;
  }

  /// The first-stage searcher of `workspace` with its default query template.
  Searcher searcher(String workspace) {
    return searcher(workspace, null);
  }

  /// The first-stage searcher of `workspace`: its local index, or its cluster with query template
  /// `template` (null = the default; a template for a local workspace is an error).
  Searcher searcher(String workspace, String template) {
    WorkspaceSettings s = workspaces.settings(workspace);
    if (s.hasCluster()) {
      return clusters.searcher(workspace, s, template);
    }
    if (template != null && !template.isBlank()) {
      throw new WorkbenchException("Workspace '" + workspace + "' searches its local index: query templates belong"
          + " to workspaces connected to a cluster");
    }
    return new LuceneBm25Searcher(indexes.reader(workspaces.paths(workspace).index()), indexes.detector());
  }

  /// The cluster, index and template a search of `workspace` with `template` asks, for run metadata;
  /// null for a local index.
  FirstStage firstStage(String workspace, String template) {
    WorkspaceSettings s = workspaces.settings(workspace);
    if (!s.hasCluster()) {
      return null;
    }
    ClusterConfig c = s.cluster();
    QueryTemplate t = c.template(template);
    return new FirstStage(c.engine().shown(), c.shownUrl(), c.index(), t.name(), t.hash());
  }

  /// The first stage of `workspace` in words: `local Lucene index`, or the cluster and template.
  public String describeFirstStage(String workspace, String template) {
    FirstStage f = firstStage(workspace, template);
    return f == null ? "local Lucene index" : f.engine() + " at " + f.url() + " (" + f.index() + "), template "
        + f.template() + " " + f.templateHash();
  }

  /// How many first-stage searches a batch run may have in flight: the cluster's parallel-query limit,
  /// 1 for the local index.
  int parallelQueries(String workspace) {
    WorkspaceSettings s = workspaces.settings(workspace);
    return s.hasCluster() ? s.cluster().parallel() : 1;
  }

  /// BM25 k1/b: the given values, else the workspace's.
  Bm25Params bm25(String workspace, Double k1, Double b) {
    WorkspaceSettings s = workspaces.settings(workspace);
    return new Bm25Params((float) (k1 == null ? s.k1() : k1), (float) (b == null ? s.b() : b));
  }

  /// The query language: the given one, else the workspace's default.
  String language(String workspace, String language) {
    return language == null || language.isBlank() ? workspaces.settings(workspace).language() : language;
  }

  /// Runs one search with snippets (see [#searchOrEnglish] for a detected language without hits).
  @Override
  public SearchPage search(String workspace, SearchQuery q) {
    String lang = language(workspace, q.language());
    return searchOrEnglish(searcher(workspace, q.template()), request(workspace, q, lang, Highlight.SNIPPET, q.explain()));
  }

  /// Runs `req`. When its language was to be detected (`auto`) and nothing matched in the detected one,
  /// the query is analysed as English instead, with a notice: short queries are often mis-detected
  /// ("water" reads as Afrikaans), and finding nothing helps no one. The search view and batch runs both
  /// search this way.
  static SearchPage searchOrEnglish(Searcher searcher, SearchRequest req) {
    SearchPage page = searcher.search(req);
    if (!page.hits().isEmpty() || !req.language().equalsIgnoreCase("auto") || "en".equals(page.language())
        || !searcher.analysesByLanguage()) {
      return page;
    }
    SearchPage en = searcher.search(new SearchRequest(req.query(), "en", req.k(), req.granularity(), req.mode(),
        req.highlight(), req.explain(), req.bm25(), req.fetchText()));
    List<String> notices = new ArrayList<>(page.notices());
    notices.add("No hits for the detected language '" + page.language() + "': analysed as English; pick the"
        + " language to change it");
    en.notices().stream().filter(n -> !notices.contains(n)).forEach(notices::add);
    return new SearchPage(en.query(), en.language(), en.analyzer(), en.hits(), en.totalMatches(), notices,
        page.millis() + en.millis());
  }

  @Override
  public Hit document(String workspace, SearchQuery q, Hit hit) {
    SearchRequest req = request(workspace, q, language(workspace, q.language()), Highlight.FULL_TEXT, true);
    return searcher(workspace, q.template()).hit(req, hit.id()).map(h -> h.withRank(hit.rank())).orElseThrow(() ->
        new WorkbenchException("Passage " + hit.id() + " is no longer in the index of workspace '" + workspace
            + "': search again"));
  }

  @Override
  public List<MaxPInput.Document> passages(String workspace, String template, List<Hit> documents, int perDocument) {
    return MaxPInput.of(searcher(workspace, template), documents, perDocument);
  }

  private SearchRequest request(String workspace, SearchQuery q, String lang, Highlight highlight, boolean explain) {
    return new SearchRequest(q.text(), lang, q.k(), q.passages() ? Granularity.PASSAGES : Granularity.DOCUMENTS,
        q.syntax() ? QueryMode.SYNTAX : QueryMode.BAG_OF_WORDS, highlight, explain, bm25(workspace, q.k1(), q.b()),
        true);
  }
}
