package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import dev.relwb.core.Topic;
import dev.relwb.judge.Judgment;
import dev.relwb.search.Hit;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
  private final RerankDepth depth;
  private final BooleanProperty modelAvailable = new SimpleBooleanProperty(false);
  private final StringProperty status = new SimpleStringProperty("");
  private final ObservableList<ResultRow> bm25Rows = FXCollections.observableArrayList();
  private final RerankedList reranked = new RerankedList();
  private final RerankedList compare = new RerankedList();
  private final TemplateList vs = new TemplateList();
  private final FirstStages stages;
  private final MaxPReranks reranks;
  private final RerankerColumns columns;
  private final LiveMetrics metrics = new LiveMetrics();
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
    this.depth = new RerankDepth(() -> columns.first().location());
    this.judgingModel = new JudgingModel(this, judging, evaluating, runner, workspace);
    this.sidebar = new QuerySetSidebar(this, workspace, runner);
    compareLanguage.addListener((o, a, b) -> rerankCompare());
    language.addListener((o, a, b) -> searchAgainIf(b != null));
    stages.template().addListener((o, a, b) -> searchAgainIf(b != null && !stages.refreshing()));
    stages.vsTemplate().addListener((o, a, b) -> searchVs());
    workspace.addListener((o, a, ws) -> stages.refresh(ws));
    stages.refresh(workspace.get());
    reranks.onFinished((in, f) -> depth.measured(in.model(), f));
  }

  private void searchAgainIf(boolean changed) {
    if (changed && !searchedText.isEmpty()) {
      search();
    }
  }

  /// Applies the loaded model (null: none): the dropdown's languages, BM25-only mode, the default depth.
  public void applyModel(RerankerInfo model, boolean depthFromSettings) {
    modelAvailable.set(model != null);
    LanguageChoices.refill(languages, language, model == null ? List.of() : model.languageOptions());
    depth.loaded(model, depthFromSettings);
    if (model == null) {
      reranked.clear();
      compare.clear();
    }
  }

  /// Runs the query: the first stage, then the reranks and the "vs" template; cancels the previous query's jobs.
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
      return new Searched(text, q, t, retrieval.search(ws, q), judging.judgments(ws, t.id()));
    }, JobCallbacks.<Searched>of(this::showSearched, this::fail));
  }

  /// A document search for `text` in `lang` with the saved BM25 parameters, through query template
  /// `template` (null: the default, or a local index).
  private SearchQuery searchQuery(String text, String lang, int k, String template) {
    Settings s = settings.get();
    return SearchQuery.documents(text, lang, k, s.k1(), s.b()).withTemplate(template);
  }


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

  private void firstModelChanged() {
    depth.modelChanged();
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
        searchedQuery.template(), searchedText, List.copyOf(hits.subList(0, Math.min(Math.max(1, depth.depth().get()),
        hits.size()))), LanguageOption.AUTO, detectedLanguage);
  }

  /// Searches the "vs" template for the shown query in its own job (clears the column when it is off).
  private void searchVs() {
    vs.clear();
    String name = stages.vsTemplate().get();
    if (name == null || searchedText.isEmpty() || !stages.cluster().get()) {
      return;
    }
    vs.search(runner, retrieval, workspace.get(), searchedQuery, name, stages.title(name), () -> {
      vs.rebuild(hits, judgments);
      updateMetrics();
    }, this::fail);
  }

  private void rerankCompare() {
    LanguageOption other = compareLanguage.get();
    compare.clear();
    metrics.compare().set(QueryMetrics.EMPTY);
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
    stopReranks();
  }

  private void stopReranks() {
    reranked.stop();
    compare.stop();
    columns.stopOthers();
  }

  /// Cancels the reranks only (the Cancel button next to the progress bar).
  public void cancelRerank() {
    stopReranks();
    reranked.progressText().set("Cancelled: " + reranked.scoredCount() + " / " + reranked.passageCount()
        + " passages scored");
  }

  void rebuildBm25() {
    bm25Rows.setAll(ResultRow.firstStage(hits, judgments));
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
    metrics.update(evaluating, hits, judgments, reranked, compare, vs);
    columns.updateMetrics(evaluating, hits, judgments);
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

  /// `doc` as the first list shows it, else as the "vs" column does, with its search; null when neither.
  ShownHit shownHit(DocId doc) {
    return ShownHit.of(doc, hits, vs, shownSearch(1));
  }

  /// The query-set sidebar (connected to the query-set service by the window).
  public QuerySetSidebar querySets() {
    return sidebar;
  }


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
    return depth.depth();
  }

  /// Whether the user chose the depth (typed it, or it came from the settings) rather than the model's speed.
  public boolean depthChosen() {
    return depth.chosen();
  }

  /// What the depth is based on, e.g. "depth 100 · fits ~3 s at 40 pairs/s" (the depth spinner's tooltip).
  public StringProperty depthHint() {
    return depth.hint();
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
    return metrics.bm25();
  }

  /// Live metrics of the reranked ranking.
  public ObjectProperty<QueryMetrics> rerankMetrics() {
    return metrics.rerank();
  }

  /// Live metrics of the A/B ranking.
  public ObjectProperty<QueryMetrics> compareMetrics() {
    return metrics.compare();
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
