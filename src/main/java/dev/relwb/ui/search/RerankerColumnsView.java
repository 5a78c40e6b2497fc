package dev.relwb.ui.search;

import dev.relwb.service.LanguageOption;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/// The reranker columns of the search view over `RerankerColumns`: a model box in the mono-XM column's
/// header, and the other columns (model box, adapter box when the model has adapters, header, metrics,
/// list, progress), built here and put right of the mono-XM columns.
final class RerankerColumnsView {
  private final RerankerColumns columns;
  private final List<ListView<ResultRow>> lists = new ArrayList<>();

  /// Adds the columns to `listsBox` and the first column's model box beside `rerankTitle`.
  RerankerColumnsView(RerankerColumns columns, HBox listsBox, Label rerankTitle) {
    this.columns = columns;
    ComboBox<ModelChoice> firstBox = modelBox(columns.firstChoices(), columns.first(), "rerankerModel1");
    VBox firstColumn = (VBox) rerankTitle.getParent();
    int at = firstColumn.getChildren().indexOf(rerankTitle);
    firstColumn.getChildren().remove(rerankTitle);
    HBox header = new HBox(6, rerankTitle, firstBox);
    header.setAlignment(Pos.CENTER_LEFT);
    firstColumn.getChildren().add(at, header);
    for (int i = 1; i < RerankerColumns.MAX; i++) {
      listsBox.getChildren().add(column(columns.column(i)));
    }
    columns.othersShown().addListener((o, a, on) -> equalWidths(listsBox, on));
    equalWidths(listsBox, columns.othersShown().get());
  }

  /// With the other columns shown, every ranking column starts from the same width (else the widest
  /// headers would squeeze the first stage).
  private static void equalWidths(HBox listsBox, boolean on) {
    listsBox.getChildren().stream().filter(n -> n.getStyleClass().contains("ranking-column"))
        .map(VBox.class::cast).forEach(v -> {
          v.setMinWidth(on ? 120 : javafx.scene.layout.Region.USE_COMPUTED_SIZE);
          v.setPrefWidth(on ? 200 : javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        });
  }

  private ComboBox<ModelChoice> modelBox(ObservableList<ModelChoice> items, RerankerColumn c, String id) {
    ComboBox<ModelChoice> box = new ComboBox<>(items);
    box.setId(id);
    box.setMaxWidth(140);
    box.setTooltip(new Tooltip("The model of this column (the Models list of Model & settings)"));
    box.valueProperty().bindBidirectional(c.model());
    box.setOnShowing(e -> columns.refreshChoices());
    return box;
  }

  private VBox column(RerankerColumn c) {
    int n = c.index() + 1;
    Label title = new Label();
    title.setId("rerankerTitle" + n);
    title.getStyleClass().add("column-title");
    title.textProperty().bind(c.header());
    title.setMinWidth(0);
    HBox.setHgrow(title, Priority.ALWAYS);
    title.setMaxWidth(Double.MAX_VALUE);
    title.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(c.header().get()), c.header()));
    ComboBox<LanguageOption> lang = new ComboBox<>(c.languages());
    lang.setId("rerankerLanguage" + n);
    lang.setMaxWidth(120);
    lang.setTooltip(new Tooltip("The adapter language of this column's model"));
    bindLanguage(lang, c.language());
    lang.visibleProperty().bind(Bindings.createBooleanBinding(c::hasAdapters, c.info()));
    lang.managedProperty().bind(lang.visibleProperty());
    HBox header = new HBox(6, title, modelBox(columns.otherChoices(), c, "rerankerModel" + n), lang);
    header.setAlignment(Pos.CENTER_LEFT);
    Label metrics = new Label();
    metrics.getStyleClass().add("metrics");
    metrics.textProperty().bind(Bindings.createStringBinding(() -> SearchView.metricsText(c.metrics().get()),
        c.metrics()));
    ListView<ResultRow> list = new ListView<>();
    list.setId("rerankerList" + n);
    VBox.setVgrow(list, Priority.ALWAYS);
    lists.add(list);
    ProgressBar bar = new ProgressBar(0);
    bar.setPrefWidth(120);
    bar.progressProperty().bind(c.list().progress());
    Label progress = new Label();
    progress.textProperty().bind(c.list().progressText());
    HBox progressLine = new HBox(6, bar, progress);
    progressLine.getStyleClass().add("progress-line");
    progressLine.setAlignment(Pos.CENTER_LEFT);
    VBox col = new VBox(header, metrics, list, progressLine);
    col.setId("rerankerColumn" + n);
    col.getStyleClass().add("ranking-column");
    HBox.setHgrow(col, Priority.ALWAYS);
    col.visibleProperty().bind(columns.othersShown());
    col.managedProperty().bind(columns.othersShown());
    return col;
  }

  private static void bindLanguage(ComboBox<LanguageOption> box, ObjectProperty<LanguageOption> language) {
    box.setValue(language.get());
    box.valueProperty().addListener((o, a, v) -> {
      if (v != null && !v.equals(language.get())) {
        language.set(v);
      }
    });
    language.addListener((o, a, v) -> {
      if (v != null && !v.equals(box.getValue())) {
        box.setValue(v);
      }
    });
  }

  /// The lists of the other columns (the second column's first).
  List<ListView<ResultRow>> lists() {
    return lists;
  }

  /// The root of column `index` (1 or 2), for tests.
  Parent columnRoot(int index) {
    return lists.get(index - 1).getParent();
  }
}
