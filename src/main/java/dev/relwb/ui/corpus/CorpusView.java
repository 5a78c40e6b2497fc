package dev.relwb.ui.corpus;

import dev.relwb.service.SourceKind;
import dev.relwb.service.WorkspaceInfo;
import dev.relwb.ui.support.Fxml;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/// The Corpus tab (`CorpusView.fxml`) over `CorpusViewModel`.
public final class CorpusView {
  @FXML private VBox root;
  @FXML private TextField nameField;
  @FXML private Button cancelButton;
  @FXML private Button deleteButton;
  @FXML private Button useButton;
  @FXML private ProgressBar progressBar;
  @FXML private Label statusLabel;
  @FXML private Label statsLabel;
  @FXML private ListView<WorkspaceInfo> workspaceList;
  @FXML private ListView<String> skippedList;
  @FXML private BarChart<String, Number> languageChart;
  @FXML private Label skippedTitle;
  @FXML private HBox secretBox;
  @FXML private PasswordField sessionSecretField;
  private final CorpusViewModel vm;
  private ClusterConnectView connectView;

  /// Loads the tab over `vm`.
  public CorpusView(CorpusViewModel vm) {
    this.vm = vm;
    Fxml.load(CorpusView.class, "CorpusView.fxml", this);
  }

  @FXML
  private void initialize() {
    statusLabel.textProperty().bind(vm.status());
    progressBar.progressProperty().bind(vm.progress());
    progressBar.visibleProperty().bind(vm.busy());
    cancelButton.disableProperty().bind(vm.busy().not());
    workspaceList.setItems(vm.workspaces());
    workspaceList.setCellFactory(lv -> new ListCell<>() {
      @Override
      protected void updateItem(WorkspaceInfo w, boolean empty) {
        super.updateItem(w, empty);
        setText(empty || w == null ? null : w.name() + (w.name().equals(vm.workspace().get()) ? "  (in use)" : "")
            + "  ·  " + CorpusViewModel.listLine(w));
      }
    });
    workspaceList.getSelectionModel().selectedItemProperty().addListener((o, a, w) -> showStats(w));
    workspaceList.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2) {
        onUse();
      }
    });
    workspaceList.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        onUse();
      }
    });
    deleteButton.disableProperty().bind(workspaceList.getSelectionModel().selectedItemProperty().isNull());
    useButton.disableProperty().bind(workspaceList.getSelectionModel().selectedItemProperty().isNull());
    vm.workspace().addListener((o, a, name) -> selectByName(name));
    vm.workspaces().addListener((ListChangeListener<WorkspaceInfo>) c -> selectByName(vm.workspace().get()));
    showStats(null);
  }

  private void selectByName(String name) {
    vm.info(name).ifPresent(w -> workspaceList.getSelectionModel().select(w));
    workspaceList.refresh();
  }

  private void showStats(WorkspaceInfo w) {
    boolean local = w == null || !w.settings().hasCluster();
    for (Node n : List.of(languageChart, skippedTitle, skippedList)) {
      n.setVisible(local);
      n.setManaged(local);
    }
    boolean secret = CorpusViewModel.needsSecret(w);
    secretBox.setVisible(secret);
    secretBox.setManaged(secret);
    sessionSecretField.clear();
    if (w == null) {
      statsLabel.setText("No workspace selected");
      languageChart.getData().clear();
      skippedList.getItems().clear();
      return;
    }
    statsLabel.setText(CorpusViewModel.details(w));
    XYChart.Series<String, Number> s = new XYChart.Series<>();
    for (Map.Entry<String, Long> e : new TreeMap<>(w.languages()).entrySet()) {
      s.getData().add(new XYChart.Data<>(e.getKey(), e.getValue()));
    }
    languageChart.getData().setAll(List.of(s));
    skippedList.getItems().setAll(w.skipped());
    if (nameField.getText().isBlank()) {
      nameField.setText(w.name());
    }
  }

  private void importFrom(SourceKind kind, String title) {
    String name = nameField.getText().strip();
    if (name.isEmpty()) {
      vm.status().set("Type a workspace name first.");
      nameField.requestFocus();
      return;
    }
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(title);
    File dir = chooser.showDialog(root.getScene().getWindow());
    if (dir != null) {
      vm.importSource(name, kind, dir.toPath(), n -> { });
    }
  }

  @FXML
  private void onAddFolder() {
    importFrom(SourceKind.FOLDER, "Folder of documents to index");
  }

  @FXML
  private void onImportBeir() {
    importFrom(SourceKind.BEIR, "BEIR folder (corpus.jsonl, queries.jsonl, qrels/)");
  }

  @FXML
  private void onImportMsMarco() {
    importFrom(SourceKind.MSMARCO, "MS MARCO folder (collection.tsv, queries, qrels)");
  }

  @FXML
  private void onImportTrec() {
    importFrom(SourceKind.TREC, "TREC collection folder (<DOC> files, topics, qrels)");
  }

  @FXML
  private void onConnectCluster() {
    if (connectView == null) {
      connectView = new ClusterConnectView(vm.connectForm());
    }
    connectView.show(root.getScene().getWindow());
  }

  @FXML
  private void onApplySecret() {
    WorkspaceInfo w = workspaceList.getSelectionModel().getSelectedItem();
    if (w != null) {
      vm.useSecret(w.name(), sessionSecretField.getText());
      sessionSecretField.clear();
    }
  }

  @FXML
  private void onCancel() {
    vm.cancel();
  }

  @FXML
  private void onUse() {
    WorkspaceInfo w = workspaceList.getSelectionModel().getSelectedItem();
    if (w != null) {
      vm.workspace().set(w.name());
    }
  }

  @FXML
  private void onDelete() {
    WorkspaceInfo w = workspaceList.getSelectionModel().getSelectedItem();
    if (w == null) {
      return;
    }
    Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete workspace " + w.name()
        + " with its index and judgments?", ButtonType.CANCEL, ButtonType.OK);
    confirm.setHeaderText(null);
    confirm.initOwner(root.getScene().getWindow());
    confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> vm.delete(w.name()));
  }

  /// The *Connect to a cluster* form, once opened (for tests and screenshots).
  public Optional<ClusterConnectView> connectView() {
    return Optional.ofNullable(connectView);
  }

  /// The tab's root node.
  public VBox root() {
    return root;
  }
}
