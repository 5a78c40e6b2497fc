package dev.relwb.ui.search;

import dev.relwb.eval.PoolSpec;
import dev.relwb.ui.support.Fxml;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/// The judging queue (`JudgingQueueView.fxml`), shown in place of the ranking lists: the pool of the
/// shown query with its order, depth and *Blind* switch, and the live judged share.
public final class JudgingQueueView {
  @FXML private VBox root;
  @FXML private Label summaryLabel;
  @FXML private ComboBox<PoolSpec.Order> orderBox;
  @FXML private Spinner<Integer> depthSpinner;
  @FXML private CheckBox blindBox;
  @FXML private ListView<ResultRow> queueList;
  private final JudgingQueue vm;

  /// Loads the queue view over `vm`.
  public JudgingQueueView(JudgingQueue vm) {
    this.vm = vm;
    Fxml.load(JudgingQueueView.class, "JudgingQueueView.fxml", this);
  }

  @FXML
  private void initialize() {
    summaryLabel.textProperty().bind(vm.summary());
    orderBox.getItems().setAll(PoolSpec.Order.values());
    orderBox.setConverter(new StringConverter<>() {
      @Override
      public String toString(PoolSpec.Order o) {
        return o == null ? "" : o == PoolSpec.Order.RANK ? "Best rank" : "Random";
      }

      @Override
      public PoolSpec.Order fromString(String s) {
        return "Random".equals(s) ? PoolSpec.Order.RANDOM : PoolSpec.Order.RANK;
      }
    });
    orderBox.valueProperty().bindBidirectional(vm.order());
    blindBox.selectedProperty().bindBidirectional(vm.blind());
    depthSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100, vm.depth().get(), 5));
    depthSpinner.getValueFactory().valueProperty().addListener((o, a, v) -> vm.depth().set(v == null ? 10 : v));
    vm.depth().addListener((o, a, v) -> depthSpinner.getValueFactory().setValue(v.intValue()));
    vm.blind().addListener((o, a, b) -> queueList.refresh());
  }

  @FXML
  private void onShuffle() {
    vm.reshuffle();
  }

  /// Sets the row look of the queue (called once the list is set up as a ranking list).
  void useQueueCells() {
    queueList.setCellFactory(lv -> new QueueCell(vm));
  }

  /// The root node.
  public VBox root() {
    return root;
  }

  /// The queue's list.
  ListView<ResultRow> list() {
    return queueList;
  }
}
