package dev.relwb.ui.team;

import dev.relwb.eval.MetricComparison;
import dev.relwb.judge.Snapshot;
import dev.relwb.service.SnapshotDiff;
import dev.relwb.ui.evaluation.MetricsTable;
import dev.relwb.ui.support.Fxml;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/// *Snapshots* (`SnapshotsView.fxml`) over [SnapshotsViewModel]: the snapshots with *Save snapshot* and
/// *Delete*, and *Compare* A with B (or now) showing the chosen list's metrics and per-query rank moves.
public final class SnapshotsView {
  @FXML private VBox root;
  @FXML private TextField nameField;
  @FXML private ComboBox<String> setBox;
  @FXML private TextField noteField;
  @FXML private Button saveButton;
  @FXML private TableView<Snapshot> snapshotTable;
  @FXML private Button deleteButton;
  @FXML private ComboBox<String> aBox;
  @FXML private ComboBox<String> bBox;
  @FXML private Spinner<Integer> kSpinner;
  @FXML private Button compareButton;
  @FXML private Button cancelButton;
  @FXML private ProgressBar progressBar;
  @FXML private Label statusLabel;
  @FXML private ComboBox<String> listBox;
  @FXML private Label summaryLabel;
  @FXML private CheckBox onlyChangedBox;
  @FXML private TableView<MetricComparison> metricsTable;
  @FXML private TableView<SnapshotDiff.QueryDiff> movesTable;
  private final SnapshotsViewModel vm;

  /// Loads the view over `vm`.
  public SnapshotsView(SnapshotsViewModel vm) {
    this.vm = vm;
    Fxml.load(SnapshotsView.class, "SnapshotsView.fxml", this);
  }

  @FXML
  private void initialize() {
    nameField.textProperty().bindBidirectional(vm.name());
    noteField.textProperty().bindBidirectional(vm.note());
    setBox.setItems(vm.sets());
    setBox.valueProperty().bindBidirectional(vm.set());
    saveButton.disableProperty().bind(vm.running());
    snapshotTable.setItems(vm.snapshots());
    snapshotTable.getColumns().setAll(List.of(
        TeamColumns.text("Name", Snapshot::name, 140),
        TeamColumns.text("Query set", s -> s.querySet() == null ? SnapshotsViewModel.ALL_TOPICS : s.querySet(), 110),
        TeamColumns.text("Date", s -> date(s.created()), 130),
        TeamColumns.text("Lists", s -> s.lists().stream().map(Snapshot.SnapshotList::list)
            .collect(Collectors.joining(", ")), 160),
        TeamColumns.text("Note", s -> s.note() == null ? "" : s.note(), 160)));
    snapshotTable.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> vm.selected().set(s));
    deleteButton.disableProperty().bind(vm.selected().isNull().or(vm.running()));
    initCompare();
  }

  private void initCompare() {
    aBox.setItems(vm.choicesA());
    aBox.valueProperty().bindBidirectional(vm.a());
    bBox.setItems(vm.choicesB());
    bBox.valueProperty().bindBidirectional(vm.b());
    kSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1000, vm.k().get()));
    kSpinner.getValueFactory().valueProperty().bindBidirectional(vm.k());
    compareButton.disableProperty().bind(vm.running().or(vm.a().isNull()));
    cancelButton.disableProperty().bind(vm.running().not());
    progressBar.progressProperty().bind(vm.progress());
    progressBar.visibleProperty().bind(vm.running());
    statusLabel.textProperty().bind(vm.status());
    listBox.setItems(vm.lists());
    listBox.valueProperty().bindBidirectional(vm.list());
    summaryLabel.textProperty().bind(vm.summary());
    onlyChangedBox.selectedProperty().bindBidirectional(vm.onlyChanged());
    MetricsTable.install(metricsTable, "mean A", "mean B");
    metricsTable.setItems(vm.metrics());
    vm.diff().addListener((o, a, d) -> {
      if (d != null) {
        MetricsTable.rename(metricsTable, "A: " + d.a(), "B: " + d.b());
      }
    });
    initMoves();
  }

  private void initMoves() {
    movesTable.setItems(vm.moves());
    movesTable.setFixedCellSize(26);
    TableColumn<SnapshotDiff.QueryDiff, String> query = TeamColumns.text("Query", q -> q.topic() + "  " + q.text(),
        260);
    query.setMaxWidth(360);
    TableColumn<SnapshotDiff.QueryDiff, SnapshotDiff.QueryDiff> docs = new TableColumn<>(
        "Top k of B against A  (▲▼ moved · + entered · − left)");
    docs.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
    docs.setCellFactory(c -> new MovesCell());
    docs.setSortable(false);
    docs.setMinWidth(360);
    TableColumn<SnapshotDiff.QueryDiff, String> entered = TeamColumns.number("Entered",
        q -> q.entered() == 0 ? "" : "+" + q.entered(), 70);
    TableColumn<SnapshotDiff.QueryDiff, String> left = TeamColumns.number("Left",
        q -> q.left() == 0 ? "" : "−" + q.left(), 60);
    entered.setMaxWidth(90);
    left.setMaxWidth(90);
    movesTable.getColumns().setAll(List.of(query, entered, left, docs));
  }

  /// An ISO-8601 instant as `2026-12-06 14:03`.
  static String date(String iso) {
    if (iso == null) {
      return "";
    }
    String s = iso.replace('T', ' ');
    return s.length() > 16 ? s.substring(0, 16) : s;
  }

  @FXML
  private void onSave() {
    vm.save();
  }

  @FXML
  private void onDelete() {
    vm.delete();
  }

  @FXML
  private void onCompare() {
    vm.compare();
  }

  @FXML
  private void onCancel() {
    vm.cancel();
  }

  /// The view's root node.
  public VBox root() {
    return root;
  }

  /// A query's documents in B's order, each with its coloured move marker, on one line (all in the tooltip).
  private static final class MovesCell extends TableCell<SnapshotDiff.QueryDiff, SnapshotDiff.QueryDiff> {
    private final TextFlow flow = new TextFlow();
    private final Tooltip tip = new Tooltip();

    MovesCell() {
      flow.getStyleClass().add("moves");
    }

    @Override
    protected void updateItem(SnapshotDiff.QueryDiff q, boolean empty) {
      super.updateItem(q, empty);
      setText(null);
      if (empty || q == null) {
        setGraphic(null);
        setTooltip(null);
        return;
      }
      flow.getChildren().clear();
      for (SnapshotDiff.DocMove d : q.docs()) {
        Text doc = new Text(d.doc() + " ");
        doc.getStyleClass().add("move-doc");
        Text marker = new Text(Moves.marker(d) + "   ");
        marker.getStyleClass().addAll("move", Moves.kind(d).name().toLowerCase(Locale.ROOT));
        flow.getChildren().addAll(doc, marker);
      }
      setGraphic(flow);
      tip.setText(Moves.line(q));
      setTooltip(tip);
    }
  }
}
