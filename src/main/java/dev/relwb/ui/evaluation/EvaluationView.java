package dev.relwb.ui.evaluation;

import dev.relwb.eval.Aggregation;
import dev.relwb.eval.MetricComparison;
import dev.relwb.ui.support.Fxml;
import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

/// The Evaluation tab (`EvaluationView.fxml`) over `EvaluationViewModel`.
public final class EvaluationView {
  @FXML private VBox root;
  @FXML private ComboBox<String> topicSetBox;
  @FXML private ComboBox<Aggregation> aggregateBox;
  @FXML private Button runButton;
  @FXML private Button cancelButton;
  @FXML private Button exportButton;
  @FXML private ProgressBar progressBar;
  @FXML private Label statusLabel;
  @FXML private Label wltLabel;
  @FXML private TableView<EvaluationViewModel.MeanRow> table;
  @FXML private TableView<EvaluationViewModel.DeltaRow> deltaTable;
  @FXML private javafx.scene.layout.FlowPane modelsPane;
  @FXML private ComboBox<String> baselineBox;
  @FXML private ComboBox<String> chartSystemBox;
  @FXML private Label holmLabel;
  @FXML private BarChart<String, Number> chart;
  private final EvaluationViewModel vm;

  /// Loads the tab over `vm`.
  public EvaluationView(EvaluationViewModel vm) {
    this.vm = vm;
    Fxml.load(EvaluationView.class, "EvaluationView.fxml", this);
  }

  @FXML
  private void initialize() {
    topicSetBox.setItems(vm.topicSets());
    topicSetBox.valueProperty().bindBidirectional(vm.topicSet());
    aggregateBox.setItems(vm.aggregations());
    aggregateBox.setConverter(new StringConverter<>() {
      @Override
      public String toString(Aggregation a) {
        return a == null ? "" : a.label();
      }

      @Override
      public Aggregation fromString(String s) {
        return Aggregation.parse(s);
      }
    });
    aggregateBox.valueProperty().bindBidirectional(vm.aggregation());
    aggregateBox.disableProperty().bind(vm.running());
    runButton.disableProperty().bind(vm.running());
    cancelButton.disableProperty().bind(vm.running().not());
    exportButton.disableProperty().bind(vm.report().isNull());
    progressBar.progressProperty().bind(vm.progress());
    progressBar.visibleProperty().bind(vm.running());
    statusLabel.textProperty().bind(vm.status());
    wltLabel.textProperty().bind(vm.winLossTie());
    table.setItems(vm.means());
    vm.meanSystems().addListener((javafx.collections.ListChangeListener<String>) c -> meanColumns());
    meanColumns();
    deltaTable.setItems(vm.deltas());
    deltaTable.getColumns().setAll(java.util.List.of(
        column("Metric", EvaluationViewModel.DeltaRow::metric),
        column("System", EvaluationViewModel.DeltaRow::system),
        column("Δ", r -> MetricsTable.delta(r.comparison().delta())),
        column("p (rand.)", r -> MetricsTable.p(r.comparison().pRandomization())),
        column("p (rand., Holm)", r -> MetricsTable.p(r.comparison().pRandomizationHolm())),
        column("p (t-test)", r -> MetricsTable.p(r.comparison().pTTest())),
        column("p (t-test, Holm)", r -> MetricsTable.p(r.comparison().pTTestHolm())),
        column("W/T/L", r -> r.comparison().wins() + "/" + r.comparison().ties() + "/" + r.comparison().losses())));
    holmLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
        vm.holmNote().get().isEmpty() ? "Holm–Bonferroni over the N−1 comparisons, per metric" : vm.holmNote().get(),
        vm.holmNote()));
    baselineBox.setItems(vm.systems());
    baselineBox.valueProperty().bindBidirectional(vm.baseline());
    baselineBox.disableProperty().bind(vm.running());
    chartSystemBox.setItems(vm.chartSystems());
    chartSystemBox.valueProperty().bindBidirectional(vm.chartSystem());
    vm.models().addListener((javafx.collections.ListChangeListener<EvaluationViewModel.ModelChoice>) c -> modelBoxes());
    modelBoxes();
    vm.main().addListener((o, a, m) -> fillChart(m));
  }

  private void modelBoxes() {
    modelsPane.getChildren().clear();
    if (vm.models().isEmpty()) {
      modelsPane.getChildren().add(new Label("(add models in Model & settings)"));
    }
    for (EvaluationViewModel.ModelChoice m : vm.models()) {
      javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(m.system());
      box.setTooltip(new javafx.scene.control.Tooltip(m.location()));
      box.selectedProperty().bindBidirectional(m.selected());
      box.disableProperty().bind(vm.running());
      modelsPane.getChildren().add(box);
    }
  }

  private void meanColumns() {
    java.util.List<javafx.scene.control.TableColumn<EvaluationViewModel.MeanRow, String>> cols =
        new java.util.ArrayList<>();
    cols.add(column("Metric", EvaluationViewModel.MeanRow::metric));
    java.util.List<String> names = vm.meanSystems().isEmpty()
        ? java.util.List.of("BM25", "BM25+mono-XM") : java.util.List.copyOf(vm.meanSystems());
    for (int i = 0; i < names.size(); i++) {
      int at = i;
      cols.add(column(names.get(i), r -> at < r.means().size() ? MetricsTable.mean(r.means().get(at)) : ""));
    }
    table.getColumns().setAll(cols);
  }

  private static <T> javafx.scene.control.TableColumn<T, String> column(String title,
      java.util.function.Function<T, String> value) {
    javafx.scene.control.TableColumn<T, String> c = new javafx.scene.control.TableColumn<>(title);
    c.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cd.getValue())));
    c.setSortable(false);
    c.setMinWidth(Math.max(80, title.length() * 8.0 + 16));
    return c;
  }

  private void fillChart(MetricComparison m) {
    XYChart.Series<String, Number> s = new XYChart.Series<>();
    if (m != null) {
      chart.setTitle("Per-topic Δ " + m.metric() + " (" + vm.chartSystem().get() + " − " + vm.baseline().get()
          + ")");
      m.perTopicDelta().forEach((topic, delta) -> s.getData().add(new XYChart.Data<>(topic, delta)));
    }
    chart.getData().setAll(java.util.List.of(s));
    for (XYChart.Data<String, Number> point : s.getData()) {
      if (point.getNode() != null) {
        point.getNode().getStyleClass().add(point.getYValue().doubleValue() >= 0 ? "bar-win" : "bar-loss");
      }
    }
  }

  @FXML
  private void onRun() {
    vm.run();
  }

  @FXML
  private void onCancel() {
    vm.cancel();
  }

  @FXML
  private void onExport() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Export runs and report to…");
    File dir = chooser.showDialog(root.getScene().getWindow());
    if (dir != null) {
      vm.export(dir.toPath());
    }
  }

  /// The tab's root node.
  public VBox root() {
    return root;
  }
}
