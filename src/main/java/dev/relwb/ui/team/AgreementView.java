package dev.relwb.ui.team;

import dev.relwb.eval.Agreement;
import dev.relwb.ui.support.Fxml;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/// *Annotators & agreement* (`AgreementView.fxml`) over [AgreementViewModel]: the annotators, the κ table,
/// Fleiss' κ, and the disagreements, where a key 0–3 (or *Adjudicate*) records the adjudicated grade.
public final class AgreementView {
  private static final List<String> GRADE_NAMES = List.of("0 not relevant", "1 related", "2 relevant",
      "3 perfectly relevant");
  @FXML private VBox root;
  @FXML private ListView<String> annotatorList;
  @FXML private TextField newAnnotatorField;
  @FXML private Button addAnnotatorButton;
  @FXML private Button refreshButton;
  @FXML private ProgressBar progressBar;
  @FXML private TableView<Agreement.PairKappa> pairTable;
  @FXML private Label fleissLabel;
  @FXML private TableView<DisagreementRow> disagreementTable;
  @FXML private ComboBox<Integer> gradeBox;
  @FXML private TextField noteField;
  @FXML private Button adjudicateButton;
  @FXML private Label statusLabel;
  private final AgreementViewModel vm;

  /// Loads the view over `vm`.
  public AgreementView(AgreementViewModel vm) {
    this.vm = vm;
    Fxml.load(AgreementView.class, "AgreementView.fxml", this);
  }

  @FXML
  private void initialize() {
    annotatorList.setItems(vm.annotators());
    newAnnotatorField.textProperty().bindBidirectional(vm.newAnnotator());
    progressBar.visibleProperty().bind(vm.running());
    refreshButton.disableProperty().bind(vm.running());
    pairTable.setItems(vm.pairs());
    pairTable.getColumns().setAll(List.of(
        TeamColumns.text("Annotator A", Agreement.PairKappa::annotatorA, 130),
        TeamColumns.text("Annotator B", Agreement.PairKappa::annotatorB, 130),
        TeamColumns.number("Items", p -> Integer.toString(p.items()), 70),
        TeamColumns.number("Weighted κ", p -> DisagreementRow.kappa(p.kappa()), 110)));
    fleissLabel.textProperty().bind(vm.fleiss());
    statusLabel.textProperty().bind(vm.status());
    gradeBox.getItems().setAll(0, 1, 2, 3);
    gradeBox.setConverter(new StringConverter<>() {
      @Override
      public String toString(Integer g) {
        return g == null ? "" : GRADE_NAMES.get(g);
      }

      @Override
      public Integer fromString(String s) {
        return s == null || s.isBlank() ? null : Integer.parseInt(s.strip().substring(0, 1));
      }
    });
    gradeBox.valueProperty().bindBidirectional(vm.grade());
    noteField.textProperty().bindBidirectional(vm.note());
    adjudicateButton.disableProperty().bind(vm.selected().isNull());
    initDisagreements();
  }

  private void initDisagreements() {
    disagreementTable.setItems(vm.disagreements());
    disagreementTable.setRowFactory(t -> new SettledRow());
    vm.graders().addListener((ListChangeListener<String>) c -> columns());
    columns();
    disagreementTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
      if (row != vm.selected().get()) {
        vm.selected().set(row);
      }
    });
    vm.selected().addListener((o, a, row) -> {
      if (row != disagreementTable.getSelectionModel().getSelectedItem()) {
        disagreementTable.getSelectionModel().select(row);
      }
    });
    disagreementTable.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
  }

  private void columns() {
    List<TableColumn<DisagreementRow, ?>> cols = new ArrayList<>();
    cols.add(TeamColumns.text("Topic", DisagreementRow::topic, 70));
    TableColumn<DisagreementRow, String> query = TeamColumns.text("Query", DisagreementRow::query, 220);
    cols.add(query);
    cols.add(TeamColumns.text("Document", DisagreementRow::doc, 110));
    for (String who : vm.graders()) {
      cols.add(gradeColumn(who, r -> new ReadOnlyStringWrapper(r.grade(who))));
    }
    cols.add(TeamColumns.number("Spread", r -> Integer.toString(r.spread()), 70));
    cols.add(gradeColumn("Adjudicated", r -> Bindings.createStringBinding(
        () -> r.settled() ? Integer.toString(r.adjudicated().get()) : "", r.adjudicated())));
    disagreementTable.getColumns().setAll(cols);
  }

  private static TableColumn<DisagreementRow, String> gradeColumn(String title,
      Function<DisagreementRow, ObservableValue<String>> value) {
    TableColumn<DisagreementRow, String> c = new TableColumn<>(title);
    c.setCellValueFactory(cd -> value.apply(cd.getValue()));
    c.setCellFactory(col -> new GradeCell());
    c.setSortable(false);
    c.setMinWidth(Math.max(80, title.length() * 8.5 + 16));
    return c;
  }

  private void onKey(KeyEvent e) {
    int grade = switch (e.getCode()) {
      case DIGIT0, NUMPAD0 -> 0;
      case DIGIT1, NUMPAD1 -> 1;
      case DIGIT2, NUMPAD2 -> 2;
      case DIGIT3, NUMPAD3 -> 3;
      default -> -1;
    };
    if (grade >= 0 && !e.isShortcutDown() && !e.isAltDown()) {
      vm.adjudicate(grade);
      e.consume();
    }
  }

  @FXML
  private void onAddAnnotator() {
    vm.addAnnotator();
  }

  @FXML
  private void onRefresh() {
    vm.refresh();
  }

  @FXML
  private void onAdjudicate() {
    vm.adjudicate();
    disagreementTable.requestFocus();
  }

  /// The disagreements table (tests focus it and press keys).
  public TableView<DisagreementRow> disagreementTable() {
    return disagreementTable;
  }

  /// The view's root node.
  public VBox root() {
    return root;
  }

  /// A grade as a coloured badge (empty shows nothing).
  private static final class GradeCell extends TableCell<DisagreementRow, String> {
    private final Label badge = new Label();

    @Override
    protected void updateItem(String g, boolean empty) {
      super.updateItem(g, empty);
      setText(null);
      boolean shown = !empty && g != null && !g.isEmpty();
      if (!shown) {
        setGraphic(null);
        return;
      }
      badge.setText(g);
      badge.getStyleClass().setAll("label", "badge", "grade-" + g);
      setGraphic(badge);
    }
  }

  /// A row that shows whether its disagreement is settled (style class `settled`).
  private static final class SettledRow extends TableRow<DisagreementRow> {
    private final ChangeListener<Integer> onSettle = (o, a, g) -> mark();

    @Override
    protected void updateItem(DisagreementRow row, boolean empty) {
      DisagreementRow old = getItem();
      if (old != null) {
        old.adjudicated().removeListener(onSettle);
      }
      super.updateItem(row, empty);
      if (row != null && !empty) {
        row.adjudicated().addListener(onSettle);
      }
      mark();
    }

    private void mark() {
      DisagreementRow row = getItem();
      boolean settled = row != null && !isEmpty() && row.settled();
      if (settled != getStyleClass().contains("settled")) {
        if (settled) {
          getStyleClass().add("settled");
        } else {
          getStyleClass().remove("settled");
        }
      }
    }
  }
}
