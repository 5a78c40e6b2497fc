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
  @FXML private TableView<MetricComparison> table;
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
    table.setItems(vm.rows());
    MetricsTable.install(table, "BM25", "BM25+mono-XM");
    vm.main().addListener((o, a, m) -> fillChart(m));
  }

  private void fillChart(MetricComparison m) {
    XYChart.Series<String, Number> s = new XYChart.Series<>();
    if (m != null) {
      chart.setTitle("Per-topic Δ " + m.metric() + " (BM25+mono-XM − BM25)");
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
