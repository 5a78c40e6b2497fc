package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import dev.relwb.service.LanguageOption;
import dev.relwb.service.QueryMetrics;
import dev.relwb.ui.support.Fxml;
import dev.relwb.ui.support.TypeToFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/// The search view (`SearchView.fxml`): binds the search bar, the ranking lists, the connector and
/// the document pane to `SearchViewModel`; keyboard judging lives in `SearchKeys`.
public final class SearchView {
  @FXML private Parent root;
  @FXML private TextField queryField;
  @FXML private ComboBox<LanguageOption> languageBox;
  @FXML private ComboBox<LanguageOption> compareBox;
  @FXML private Spinner<Integer> depthSpinner;
  @FXML private Button searchButton;
  @FXML private HBox templateBar;
  @FXML private ComboBox<String> templateBox;
  @FXML private ComboBox<String> vsTemplateBox;
  @FXML private VBox vsColumn;
  @FXML private VBox bm25Column;
  @FXML private Label bm25Title;
  @FXML private Label vsTitle;
  @FXML private Label vsMetrics;
  @FXML private ListView<ResultRow> vsList;
  @FXML private SplitPane verticalSplit;
  @FXML private HBox listsBox;
  @FXML private VBox compareColumn;
  @FXML private Label bm25Metrics;
  @FXML private Label rerankMetrics;
  @FXML private Label compareMetrics;
  @FXML private Label rerankTitle;
  @FXML private Label compareTitle;
  @FXML private ListView<ResultRow> bm25List;
  @FXML private ListView<ResultRow> rerankList;
  @FXML private ListView<ResultRow> compareList;
  @FXML private ProgressBar rerankProgress;
  @FXML private ProgressBar compareProgress;
  @FXML private Label rerankProgressText;
  @FXML private Label compareProgressText;
  @FXML private Button cancelRerankButton;
  @FXML private javafx.scene.layout.StackPane documentSlot;
  @FXML private javafx.scene.layout.StackPane sidebarSlot;
  @FXML private javafx.scene.layout.StackPane queueSlot;
  @FXML private javafx.scene.control.ToggleButton setsToggle;
  @FXML private javafx.scene.control.ToggleButton queueToggle;
  private static final String NONE = "none";
  private final SearchViewModel vm;
  private final DocumentView documentView;
  private final QuerySetSidebarView sidebarView;
  private final JudgingQueueView queueView;
  private ConnectorView connector;
  private RerankerColumnsView columnsView;
  private boolean syncing;

  /// Loads the view over `vm` and `documentVm`.
  public SearchView(SearchViewModel vm, DocumentViewModel documentVm) {
    this.vm = vm;
    Fxml.load(SearchView.class, "SearchView.fxml", this);
    root.getStylesheets().add(Objects.requireNonNull(SearchView.class.getResource("search.css")).toExternalForm());
    this.documentView = new DocumentView(documentVm, vm);
    documentSlot.getChildren().add(documentView.root());
    this.sidebarView = new QuerySetSidebarView(vm.querySets());
    this.queueView = new JudgingQueueView(vm.judging().queue());
    installSidebarAndQueue();
    installColumns();
    new SearchKeys(this, vm).install(root);
  }

  @FXML
  private void initialize() {
    queryField.textProperty().bindBidirectional(vm.query());
    queryField.setOnAction(e -> vm.search());
    TypeToFilter.install(languageBox, vm.languages(), LanguageOption::label, vm.language());
    installCompareBox();
    depthSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1000, vm.depth().get(), 10));
    depthSpinner.getValueFactory().valueProperty().addListener((o, a, v) -> vm.depth().set(v == null ? 20 : v));
    vm.depth().addListener((o, a, v) -> depthSpinner.getValueFactory().setValue(v.intValue()));
    if (depthSpinner.getTooltip() == null) {
      depthSpinner.setTooltip(new Tooltip());
    }
    depthSpinner.getTooltip().textProperty().bind(Bindings.concat(
        "How many BM25 hits mono-XM reranks (by default what fits ~3 s at the model's measured speed)\n",
        vm.depthHint()));
    installTemplateBoxes();
    setUpList(vsList, vm.vsList().rows(), false, RankingList.VS_TEMPLATE);
    setUpList(bm25List, vm.bm25Rows(), false, RankingList.BM25);
    setUpList(rerankList, vm.reranked().rows(), true, RankingList.RERANKED);
    setUpList(compareList, vm.compare().rows(), true, RankingList.COMPARE);
    connector = new ConnectorView(bm25List, rerankList);
    listsBox.getChildren().add(listsBox.getChildren().indexOf(bm25Column) + 1, connector);
    vm.bm25Rows().addListener((ListChangeListener<ResultRow>) c -> connector.requestRedraw());
    vm.reranked().rows().addListener((ListChangeListener<ResultRow>) c -> connector.requestRedraw());
    root.sceneProperty().addListener((o, a, s) -> Platform.runLater(connector::watchScrolling));
    bindMetrics(vsMetrics, vm.vsList().metrics());
    bindMetrics(bm25Metrics, vm.bm25Metrics());
    bindMetrics(rerankMetrics, vm.rerankMetrics());
    bindMetrics(compareMetrics, vm.compareMetrics());
    bindProgress(vm.reranked(), rerankProgress, rerankProgressText);
    bindProgress(vm.compare(), compareProgress, compareProgressText);
    vm.reranked().language().addListener((o, a, l) -> updateRerankTitle());
    vm.compare().language().addListener((o, a, l) -> compareTitle.setText("mono-XM A/B · " + l));
    vm.compareLanguage().addListener((o, a, l) -> {
      compareColumn.setVisible(l != null);
      compareColumn.setManaged(l != null);
    });
    vm.judging().selected().addListener((o, a, doc) -> selectEverywhere(doc));
    vm.modelAvailable().addListener((o, a, on) -> modelAvailabilityChanged(on));
    modelAvailabilityChanged(vm.modelAvailable().get());
  }

  /// The query-set sidebar (left, collapsible) and the judging queue (shown in place of the lists).
  private void installSidebarAndQueue() {
    sidebarSlot.getChildren().add(sidebarView.root());
    setsToggle.selectedProperty().bindBidirectional(vm.querySets().expanded());
    sidebarSlot.visibleProperty().bind(vm.querySets().expanded());
    sidebarSlot.managedProperty().bind(vm.querySets().expanded());
    queueSlot.getChildren().add(queueView.root());
    JudgingQueue queue = vm.judging().queue();
    queueToggle.selectedProperty().bindBidirectional(queue.shown());
    queueSlot.visibleProperty().bind(queue.shown());
    queueSlot.managedProperty().bind(queue.shown());
    listsBox.visibleProperty().bind(queue.shown().not());
    listsBox.managedProperty().bind(queue.shown().not());
    setUpList(queueView.list(), queue.rows(), false, RankingList.QUEUE);
    queueView.useQueueCells();
    queue.rows().addListener((ListChangeListener<ResultRow>) c -> Platform.runLater(this::reselectInQueue));
    queue.shown().addListener((o, a, on) -> Platform.runLater(() -> {
      focusActiveList();
      reselect();
    }));
  }

  /// The other reranker columns (right of the mono-XM ones) and the first column's model box.
  private void installColumns() {
    columnsView = new RerankerColumnsView(vm.columns(), listsBox, rerankTitle);
    setUpList(columnsView.lists().get(0), vm.columns().column(1).list().rows(), true, RankingList.RERANKER_2);
    setUpList(columnsView.lists().get(1), vm.columns().column(2).list().rows(), true, RankingList.RERANKER_3);
    vm.columns().first().header().addListener((o, a, h) -> updateRerankTitle());
  }

  private void updateRerankTitle() {
    RerankerColumn first = vm.columns().first();
    String lang = vm.reranked().language().get();
    rerankTitle.setText(!first.error().get().isEmpty() ? first.header().get()
        : (first.ownModel() ? first.model().get().label() : "mono-XM") + (lang.isEmpty() ? "" : " · " + lang));
  }

  private void modelAvailabilityChanged(boolean on) {
    rerankTitle.setText(on ? "mono-XM" : "mono-XM (no model: BM25-only mode)");
    rerankList.setPlaceholder(new Label(on ? "mono-XM scores appear here batch by batch"
        : "No model loaded: choose one in Model & settings (or use the banner above)"));
    cancelRerankButton.setDisable(!on);
    compareBox.setDisable(!on);
  }

  /// The template boxes of a cluster workspace (hidden for a local index) and the "vs" column.
  private void installTemplateBoxes() {
    FirstStages stages = vm.firstStages();
    templateBox.setItems(stages.templates());
    templateBox.valueProperty().bindBidirectional(stages.template());
    ObservableList<String> vsItems = FXCollections.observableArrayList(withNone(stages.templates()));
    stages.templates().addListener((ListChangeListener<String>) c -> {
      vsItems.setAll(withNone(stages.templates()));
      vsTemplateBox.getSelectionModel().select(0);
    });
    vsTemplateBox.setItems(vsItems);
    vsTemplateBox.getSelectionModel().select(0);
    vsTemplateBox.getSelectionModel().selectedIndexProperty().addListener((o, a, i) ->
        stages.vsTemplate().set(i.intValue() <= 0 ? null : vsItems.get(i.intValue())));
    stages.vsTemplate().addListener((o, a, v) -> {
      vsTemplateBox.getSelectionModel().select(v == null ? 0 : Math.max(0, vsItems.indexOf(v)));
      showVsColumn();
    });
    stages.cluster().addListener((o, a, on) -> clusterChanged());
    stages.template().addListener((o, a, t) -> bm25Title.setText(stages.title(t)));
    vsTitle.textProperty().bind(vm.vsList().title());
    clusterChanged();
  }

  private static List<String> withNone(List<String> templates) {
    List<String> out = new ArrayList<>(List.of(NONE));
    out.addAll(templates);
    return out;
  }

  private void clusterChanged() {
    boolean on = vm.firstStages().cluster().get();
    templateBar.setVisible(on);
    templateBar.setManaged(on);
    bm25Title.setText(vm.firstStages().title(vm.firstStages().template().get()));
    showVsColumn();
  }

  private void showVsColumn() {
    boolean on = vm.firstStages().cluster().get() && vm.firstStages().vsTemplate().get() != null;
    vsColumn.setVisible(on);
    vsColumn.setManaged(on);
  }

  private void installCompareBox() {
    LanguageOption off = new LanguageOption("off", "Off");
    ObservableList<LanguageOption> items = FXCollections.observableArrayList(off);
    vm.languages().addListener((ListChangeListener<LanguageOption>) c ->
        items.setAll(withOff(off, vm.languages())));
    items.setAll(withOff(off, vm.languages()));
    ObjectProperty<LanguageOption> proxy = new javafx.beans.property.SimpleObjectProperty<>(off);
    proxy.addListener((o, a, v) -> vm.compareLanguage().set(v == null || v == off ? null : v));
    TypeToFilter.install(compareBox, items, l -> l == off ? "Off" : l.label(), proxy);
  }

  private static List<LanguageOption> withOff(LanguageOption off, List<LanguageOption> langs) {
    List<LanguageOption> out = new ArrayList<>();
    out.add(off);
    langs.stream().filter(l -> !l.isAuto()).forEach(out::add);
    return out;
  }

  private void setUpList(ListView<ResultRow> list, ObservableList<ResultRow> rows, boolean ce, RankingList which) {
    list.setItems(rows);
    list.setCellFactory(lv -> new ResultCell(ce));
    list.setFixedCellSize(ResultCell.HEIGHT);
    list.setPlaceholder(new Label(switch (which) {
      case BM25 -> "Type a query and press Enter";
      case VS_TEMPLATE -> "The second template's ranking appears here";
      case QUEUE -> "Run a query: the pool of its lists appears here";
      default -> "mono-XM scores appear here batch by batch";
    }));
    list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
      if (!syncing && row != null) {
        vm.judging().active().set(which);
        vm.judging().selected().set(row.doc());
      }
    });
    list.focusedProperty().addListener((o, a, f) -> {
      if (f) {
        vm.judging().active().set(which);
      }
    });
  }

  private void selectEverywhere(DocId doc) {
    syncing = true;
    try {
      List<ListView<ResultRow>> all = new ArrayList<>(List.of(vsList, bm25List, rerankList, compareList,
          queueView.list()));
      if (columnsView != null) {
        all.addAll(columnsView.lists());
      }
      for (ListView<ResultRow> lv : all) {
        int idx = indexOf(lv.getItems(), doc);
        if (idx < 0) {
          lv.getSelectionModel().clearSelection();
        } else {
          lv.getSelectionModel().select(idx);
          lv.scrollTo(Math.max(0, idx - 3));
        }
      }
    } finally {
      syncing = false;
    }
    connector.setSelected(doc);
  }

  private static int indexOf(List<ResultRow> rows, DocId doc) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).doc().equals(doc)) {
        return i;
      }
    }
    return -1;
  }

  private static void bindMetrics(Label label, ObjectProperty<QueryMetrics> m) {
    m.addListener((o, a, v) -> label.setText(metricsText(v)));
    label.setText(metricsText(m.get()));
  }

  static String metricsText(QueryMetrics m) {
    return String.format(Locale.ROOT, "nDCG@10 %.3f   RR@10 %.3f   unjudged %d%%", m.ndcg10(), m.rr10(),
        Math.round(m.unjudgedShare() * 100));
  }

  private static void bindProgress(RerankedList list, ProgressBar bar, Label text) {
    bar.progressProperty().bind(list.progress());
    text.textProperty().bind(list.progressText());
  }

  @FXML
  private void onSearch() {
    vm.search();
  }

  @FXML
  private void onCancelRerank() {
    vm.cancelRerank();
  }

  /// Keeps selection, focus and the rows in sync after judging (used by `SearchKeys`).
  void focusActiveList() {
    listFor(vm.judging().active().get()).requestFocus();
  }

  ListView<ResultRow> listFor(RankingList which) {
    return switch (which) {
      case VS_TEMPLATE -> vsList;
      case BM25 -> bm25List;
      case RERANKED -> rerankList;
      case COMPARE -> compareList;
      case RERANKER_2 -> columnsView.lists().get(0);
      case RERANKER_3 -> columnsView.lists().get(1);
      case QUEUE -> queueView.list();
    };
  }

  /// Re-applies the selection to the queue after it was pooled again (the other lists stay where they are).
  private void reselectInQueue() {
    int idx = indexOf(queueView.list().getItems(), vm.judging().selected().get());
    syncing = true;
    try {
      if (idx < 0) {
        queueView.list().getSelectionModel().clearSelection();
      } else {
        queueView.list().getSelectionModel().select(idx);
      }
    } finally {
      syncing = false;
    }
  }

  /// Re-applies the selection after rows were rebuilt.
  void reselect() {
    selectEverywhere(vm.judging().selected().get());
  }

  /// The root node.
  public Parent root() {
    return root;
  }

  /// The query field (focused by Ctrl+L).
  public TextField queryField() {
    return queryField;
  }

  /// The vertical divider (lists above the document pane), for remembering the layout.
  public SplitPane verticalSplit() {
    return verticalSplit;
  }

  /// The query-set sidebar.
  public QuerySetSidebarView sidebarView() {
    return sidebarView;
  }

  /// The document pane, for screenshots.
  public DocumentView documentView() {
    return documentView;
  }

  Map<RankingList, ListView<ResultRow>> lists() {
    return Map.of(RankingList.VS_TEMPLATE, vsList, RankingList.BM25, bm25List, RankingList.RERANKED, rerankList,
        RankingList.COMPARE, compareList, RankingList.RERANKER_2, columnsView.lists().get(0),
        RankingList.RERANKER_3, columnsView.lists().get(1), RankingList.QUEUE, queueView.list());
  }
}
