package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import dev.relwb.core.Topic;
import dev.relwb.judge.Judgment;
import dev.relwb.search.Hit;
import dev.relwb.search.SearchPage;
import dev.relwb.service.Clusters;
import dev.relwb.service.Evaluating;
import dev.relwb.service.Judging;
import dev.relwb.service.LanguageOption;
import dev.relwb.service.QueryMetrics;
import dev.relwb.service.RerankedPassage;
import dev.relwb.service.RerankerInfo;
import dev.relwb.service.Reranking;
import dev.relwb.service.Retrieval;
import dev.relwb.service.SearchQuery;
import dev.relwb.service.Settings;
import dev.relwb.ui.support.JobCallbacks;
import dev.relwb.ui.support.JobHandle;
import dev.relwb.ui.support.TaskRunner;
import dev.relwb.ui.support.UiMessages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// State and actions of the search view: runs the first stage (BM25, or a cluster's query template)
/// at once, then streams the MaxP mono-XM rerank (and the A/B rerank) into the right-hand lists, and in
/// a cluster workspace optionally a second template's first stage into an extra column; a new query
/// cancels the jobs of the old one. Judging is delegated to `JudgingModel`. Testable without the FX
/// toolkit.
public final class SearchViewModel {
  static final int SEARCH_K = 100;
  private final Retrieval retrieval;
  private final Judging judging;
  private final Evaluating evaluating;
  private final TaskRunner runner;
  private final Supplier<Settings> settings;
  private final StringProperty workspace;
  private final StringProperty query = new SimpleStringProperty("");
  private final ObservableList<LanguageOption> languages = FXCollections.observableArrayList(LanguageOption.AUTO);
  private final ObjectProperty<LanguageOption> language = new SimpleObjectProperty<>(LanguageOption.AUTO);
  private final ObjectProperty<LanguageOption> compareLanguage = new SimpleObjectProperty<>();
  private final IntegerProperty depth = new SimpleIntegerProperty(20);
  private final StringProperty depthHint = new SimpleStringProperty("");
  private final RerankSpeeds speeds = new RerankSpeeds();
  private String loadedModelId;
  private boolean modelOnGpu;
  /// Whether the depth was typed by the user (or restored from the settings): then it is never overridden.
  private boolean userDepth;
  /// Whether the shown depth was set by this model as the default.
  private boolean autoDepth;
  private boolean settingDepth;
  private final BooleanProperty modelAvailable = new SimpleBooleanProperty(false);
  private final StringProperty status = new SimpleStringProperty("");
  private final ObservableList<ResultRow> bm25Rows = FXCollections.observableArrayList();
  private final RerankedList reranked = new RerankedList();
  private final RerankedList compare = new RerankedList();
  private final TemplateList vs = new TemplateList();
  private final FirstStages stages;
  private final MaxPReranks reranks;
  private final RerankerColumns columns;
  private final ObjectProperty<QueryMetrics> bm25Metrics = new SimpleObjectProperty<>(QueryMetrics.EMPTY);
  private final ObjectProperty<QueryMetrics> rerankMetrics = new SimpleObjectProperty<>(QueryMetrics.EMPTY);
  private final ObjectProperty<QueryMetrics> compareMetrics = new SimpleObjectProperty<>(QueryMetrics.EMPTY);
  private final JudgingModel judgingModel;
  private final QuerySetSidebar sidebar;
  private List<Hit> hits = List.of();
  private Map<DocId, Judgment> judgments = new HashMap<>();
  private Topic topic;
  private String searchedText = "";
  private String detectedLanguage = "";
  private SearchQuery searchedQuery;
  private JobHandle searchJob;

  /// A view model over the given ports; `workspace` names the workspace searched (its first stage is
  /// read from `clusters` whenever it changes), and `settings` gives the saved settings (BM25 k1/b) at
  /// each search.
  public SearchViewModel(Retrieval retrieval, Clusters clusters, Reranking reranking, Judging judging,
      Evaluating evaluating, TaskRunner runner, StringProperty workspace, Supplier<Settings> settings) {
    this.retrieval = retrieval;
    this.reranks = new MaxPReranks(retrieval, reranking, runner);
    this.stages = new FirstStages(clusters);
    this.judging = judging;
    this.evaluating = evaluating;
    this.runner = runner;
    this.workspace = workspace;
    this.settings = settings;
    this.columns = new RerankerColumns(reranking, runner, reranks, settings, reranked, this::shownInput,
        this::onBatch, this::firstModelChanged);
    this.judgingModel = new JudgingModel(this, judging, evaluating, runner, workspace);
    this.sidebar = new QuerySetSidebar(this, workspace, runner);
    compareLanguage.addListener((o, a, b) -> rerankCompare());
    language.addListener((o, a, b) -> {
      if (b != null && !searchedText.isEmpty()) {
        search();
      }
    });
    stages.template().addListener((o, a, b) -> {
      if (b != null && !stages.refreshing() && !searchedText.isEmpty()) {
        search();
      }
    });
    stages.vsTemplate().addListener((o, a, b) -> searchVs());
    workspace.addListener((o, a, ws) -> stages.refresh(ws));
    stages.refresh(workspace.get());
    reranks.onFinished(this::measured);
    depth.addListener((o, a, b) -> {
      if (!settingDepth) {
        userDepth = true;
        autoDepth = false;
      }
      refreshDepthHint();
    });
  }

  /// Applies the loaded model (null: none): the dropdown's languages, BM25-only mode, and the default
  /// depth.
  public void applyModel(RerankerInfo model, boolean depthFromSettings) {
    modelAvailable.set(model != null);
    List<LanguageOption> opts = new ArrayList<>();
    opts.add(LanguageOption.AUTO);
    if (model != null) {
      opts.addAll(model.languageOptions());
    }
    LanguageOption keep = language.get();
    languages.setAll(opts);
    language.set(opts.stream().filter(o -> o.code().equals(keep.code())).findFirst().orElse(LanguageOption.AUTO));
    loadedModelId = model == null ? null : model.id();
    modelOnGpu = model != null && model.onGpu();
    if (!userDepth && (!depthFromSettings || autoDepth)) {
      applyDefaultDepth();
    }
    refreshDepthHint();
    if (model == null) {
      reranked.clear();
      compare.clear();
    }
  }

  /// Runs the query: the first stage, then the rerank(s) and the "vs" template. Cancels every job of
  /// the previous query.
  public void search() {
    String text = query.get() == null ? "" : query.get().strip();
    if (text.isEmpty() || workspace.get() == null || workspace.get().isBlank()) {
      status.set(text.isEmpty() ? "Type a query first." : "Choose or create a workspace first (Corpus tab).");
      return;
    }
    cancelAll();
    columns.refreshChoices();
    searchJob = new JobHandle("BM25 search");
    String ws = workspace.get();
    String lang = language.get().code();
    String template = stages.template().get();
    status.set("Searching…");
    SearchQuery q = searchQuery(text, lang, SEARCH_K, template);
    runner.run(searchJob, ctx -> {
      Topic t = judging.topicFor(ws, text, lang);
      SearchPage page = retrieval.search(ws, q);
      Map<DocId, Judgment> js = judging.judgments(ws, t.id());
      return new Searched(text, q, t, page, js);
    }, JobCallbacks.<Searched>of(this::showSearched, this::fail));
  }

  /// A document search for `text` in `lang` with the saved BM25 parameters, through query template
  /// `template` (null: the default, or a local index).
  private SearchQuery searchQuery(String text, String lang, int k, String template) {
    Settings s = settings.get();
    return SearchQuery.documents(text, lang, k, s.k1(), s.b()).withTemplate(template);
  }

  private record Searched(String text, SearchQuery query, Topic topic, SearchPage page,
      Map<DocId, Judgment> judgments) { }

  private void showSearched(Searched s) {
    searchedText = s.text();
    searchedQuery = s.query();
    topic = s.topic();
    hits = s.page().hits();
    detectedLanguage = s.page().language() == null ? "" : s.page().language();
    judgments = new HashMap<>(s.judgments());
    reranked.clear();
    compare.clear();
    columns.clearOthers();
    rebuildBm25();
    judgingModel.startList();
    status.set(stages.statusLine(s.page(), detectedLanguage));
    updateMetrics();
    searchVs();
    if (!hits.isEmpty() && firstHasModel()) {
      startRerank(reranked, language.get());
      rerankCompare();
    } else if (!firstHasModel()) {
      reranked.progressText().set("BM25-only mode: no model loaded");
    }
    columns.startOthers();
  }

  /// A finished rerank job: updates its model's speed and, unless the user chose the depth, the default.
  private void measured(MaxPReranks.Input in, MaxPReranks.Finished f) {
    String key = in.model() != null ? in.model() : loadedModelId;
    speeds.record(key, f.summary().passages().size(), f.summary().cacheHits(), f.documents(),
        f.summary().elapsedMillis());
    if (!userDepth) {
      applyDefaultDepth();
    }
    refreshDepthHint();
  }

  /// The model of the first reranker column: a model of the *Models* list, or the loaded one.
  private String firstModelKey() {
    String location = columns.first().location();
    return location != null ? location : loadedModelId;
  }

  /// Sets the default depth: what fits the target at the first model's measured speed, else 100 on a
  /// GPU and 20 on a CPU.
  private void applyDefaultDepth() {
    int fitting = speeds.fittingDepth(firstModelKey());
    int d = fitting > 0 ? fitting : modelOnGpu && columns.first().location() == null ? 100 : 20;
    settingDepth = true;
    try {
      depth.set(d);
    } finally {
      settingDepth = false;
    }
    autoDepth = true;
  }

  private void refreshDepthHint() {
    double rate = speeds.pairsPerSecond(firstModelKey());
    int d = depth.get();
    String speed = Double.isNaN(rate) ? "" : " · " + RerankSpeeds.estimate(d, rate, speeds.passagesPerDocument());
    if (userDepth) {
      depthHint.set("depth " + d + " · chosen by you" + speed);
    } else if (Double.isNaN(rate)) {
      depthHint.set("depth " + d + " · default on " + (modelOnGpu ? "GPU" : "CPU")
          + " until the model's speed is measured");
    } else {
      depthHint.set("depth " + d + speed);
    }
  }

  private void firstModelChanged() {
    if (!userDepth) {
      applyDefaultDepth();
    }
    refreshDepthHint();
    if (!hits.isEmpty() && firstHasModel()) {
      startRerank(reranked, language.get());
      rerankCompare();
    }
  }

  private boolean firstHasModel() {
    return columns.first().ownModel() ? columns.first().ready() : modelAvailable.get();
  }

  /// The shown search's head for the reranker columns (null before a search, or without hits).
  private MaxPReranks.Input shownInput() {
    return hits.isEmpty() || searchedQuery == null ? null : new MaxPReranks.Input(workspace.get(),
        searchedQuery.template(), searchedText, List.copyOf(hits.subList(0, Math.min(Math.max(1, depth.get()),
        hits.size()))), LanguageOption.AUTO, detectedLanguage);
  }

  /// Searches the "vs" template for the shown query in its own job (clears the column when it is off).
  private void searchVs() {
    vs.clear();
    String name = stages.vsTemplate().get();
    if (name == null || searchedText.isEmpty() || !stages.cluster().get()) {
      return;
    }
    String ws = workspace.get();
    SearchQuery q = searchedQuery.withTemplate(name);
    JobHandle h = new JobHandle("Search (template " + name + ")");
    vs.start(h, name, stages.title(name));
    runner.run(h, ctx -> retrieval.search(ws, q), JobCallbacks.<SearchPage>of(page -> {
      vs.show(page.hits());
      vs.rebuild(hits, judgments);
      updateMetrics();
    }, this::fail));
  }

  private void rerankCompare() {
    LanguageOption other = compareLanguage.get();
    compare.clear();
    compareMetrics.set(QueryMetrics.EMPTY);
    if (other != null && !hits.isEmpty() && firstHasModel()) {
      startRerank(compare, other);
    }
  }

  private void startRerank(RerankedList target, LanguageOption lang) {
    RerankerColumn first = columns.first();
    reranks.start(target, shownInput().with(lang, first.location()), this::onBatch, e -> {
      if (first.ownModel()) {
        first.failed(e);
      }
      fail(e);
    });
  }

  private void onBatch(RerankedList target, List<RerankedPassage> batch) {
    target.add(batch, judgments);
    updateMetrics();
  }

  /// Cancels the running search, the "vs" template's search and the reranks.
  public void cancelAll() {
    if (searchJob != null) {
      searchJob.cancel();
    }
    vs.stop();
    reranked.stop();
    compare.stop();
    columns.stopOthers();
  }

  /// Cancels the reranks only (the Cancel button next to the progress bar).
  public void cancelRerank() {
    reranked.stop();
    compare.stop();
    columns.stopOthers();
    reranked.progressText().set("Cancelled: " + reranked.scoredCount() + " / " + reranked.passageCount()
        + " passages scored");
  }

  void rebuildBm25() {
    List<ResultRow> rows = new ArrayList<>(hits.size());
    for (Hit h : hits) {
      rows.add(new ResultRow(h, h.rank(), h.score(), Double.NaN, "", judgments.get(ResultRow.docOf(h)), 0));
    }
    bm25Rows.setAll(rows);
  }

  void judgmentsChanged() {
    rebuildBm25();
    reranked.rebuild(judgments);
    compare.rebuild(judgments);
    columns.rebuild(judgments);
    vs.rebuild(hits, judgments);
    updateMetrics();
  }

  void updateMetrics() {
    bm25Metrics.set(evaluating.liveMetrics(hits.stream().map(ResultRow::docOf).toList(), judgments));
    rerankMetrics.set(reranked.rows().isEmpty() ? QueryMetrics.EMPTY
        : evaluating.liveMetrics(reranked.effectiveRanking(hits), judgments));
    compareMetrics.set(compare.rows().isEmpty() ? QueryMetrics.EMPTY
        : evaluating.liveMetrics(compare.effectiveRanking(hits), judgments));
    columns.updateMetrics(evaluating, hits, judgments);
    vs.metrics().set(vs.hits().isEmpty() ? QueryMetrics.EMPTY : evaluating.liveMetrics(vs.ranking(), judgments));
  }

  void fail(Throwable e) {
    status.set(UiMessages.shortMessage(e));
  }

  Map<DocId, Judgment> judgmentMap() {
    return judgments;
  }

  Topic topic() {
    return topic;
  }

  String workspaceName() {
    return workspace.get();
  }

  /// The search that produced the shown hits: its text, the language it was analysed in and its query
  /// template, with the saved BM25 parameters, for `k` hits.
  SearchQuery shownSearch(int k) {
    return searchQuery(searchedText, detectedLanguage.isBlank() ? "auto" : detectedLanguage, k,
        searchedQuery == null ? null : searchedQuery.template());
  }

  /// A shown hit and the search that found it, for the document pane.
  record ShownHit(Hit hit, SearchQuery query) { }

  /// `doc` as the first list shows it, else as the "vs" column does, with its search; null when neither.
  ShownHit shownHit(DocId doc) {
    Hit h = find(hits, doc);
    if (h != null) {
      return new ShownHit(h, shownSearch(1));
    }
    h = find(vs.hits(), doc);
    return h == null ? null : new ShownHit(h, shownSearch(1).withTemplate(vs.template()));
  }

  private static Hit find(List<Hit> list, DocId doc) {
    return list.stream().filter(h -> ResultRow.docOf(h).equals(doc)).findFirst().orElse(null);
  }

  /// The query-set sidebar (connected to the query-set service by the window).
  public QuerySetSidebar querySets() {
    return sidebar;
  }

  // --- properties -------------------------------------------------------------------------

  /// The query text.
  public StringProperty query() {
    return query;
  }

  /// The adapter-language choices: Auto, then the model's languages.
  public ObservableList<LanguageOption> languages() {
    return languages;
  }

  /// The adapter language (also the BM25 analyzer language).
  public ObjectProperty<LanguageOption> language() {
    return language;
  }

  /// The A/B adapter language, or null when A/B is off.
  public ObjectProperty<LanguageOption> compareLanguage() {
    return compareLanguage;
  }

  /// How many BM25 hits are reranked.
  public IntegerProperty depth() {
    return depth;
  }

  /// Whether the user chose the depth (typed it, or it came from the settings) rather than the model's speed.
  public boolean depthChosen() {
    return userDepth;
  }

  /// What the depth is based on, e.g. "depth 100 · fits ~3 s at 40 pairs/s" (the depth spinner's tooltip).
  public StringProperty depthHint() {
    return depthHint;
  }

  /// Whether a model is loaded (false = BM25-only mode).
  public BooleanProperty modelAvailable() {
    return modelAvailable;
  }

  /// The status line: hit counts, notices and short error messages.
  public StringProperty status() {
    return status;
  }

  /// The BM25 rows, best first.
  public ObservableList<ResultRow> bm25Rows() {
    return bm25Rows;
  }

  /// The mono-XM list with the chosen adapter.
  public RerankedList reranked() {
    return reranked;
  }

  /// The mono-XM list with the A/B adapter.
  public RerankedList compare() {
    return compare;
  }

  /// The reranker columns: the mono-XM list's model and up to two more models side by side.
  public RerankerColumns columns() {
    return columns;
  }

  /// The first stage: local index or cluster, its query templates and the chosen ones.
  public FirstStages firstStages() {
    return stages;
  }

  /// The "vs" template's first-stage column (cluster workspaces).
  public TemplateList vsList() {
    return vs;
  }

  /// Live metrics of the BM25 ranking.
  public ObjectProperty<QueryMetrics> bm25Metrics() {
    return bm25Metrics;
  }

  /// Live metrics of the reranked ranking.
  public ObjectProperty<QueryMetrics> rerankMetrics() {
    return rerankMetrics;
  }

  /// Live metrics of the A/B ranking.
  public ObjectProperty<QueryMetrics> compareMetrics() {
    return compareMetrics;
  }

  /// Selection, keyboard navigation and judging.
  public JudgingModel judging() {
    return judgingModel;
  }

  /// The current hits (BM25 order).
  public List<Hit> hits() {
    return hits;
  }
}
