package dev.relwb.ui.settings;

import dev.relwb.service.RerankerInfo;
import dev.relwb.ui.support.Fxml;
import java.io.File;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;

/// The Model & settings tab (`SettingsView.fxml`) over `SettingsViewModel`.
public final class SettingsView {
  @FXML private ScrollPane root;
  @FXML private TextField locationField;
  @FXML private Button loadButton;
  @FXML private Button cancelButton;
  @FXML private Label modelLabel;
  @FXML private ProgressBar progressBar;
  @FXML private Label statusLabel;
  @FXML private ComboBox<String> deviceBox;
  @FXML private Spinner<Integer> threadsSpinner;
  @FXML private Spinner<Integer> maxLengthSpinner;
  @FXML private Spinner<Integer> batchSpinner;
  @FXML private ComboBox<String> precisionBox;
  @FXML private Spinner<Double> k1Spinner;
  @FXML private Spinner<Double> bSpinner;
  @FXML private Label pathsLabel;
  @FXML private ListView<String> modelsList;
  @FXML private TextField modelEntryField;
  @FXML private Spinner<Double> memorySpinner;
  @FXML private Label modelsMessage;
  private final SettingsViewModel vm;
  private final Path settingsFile;

  /// Loads the tab over `vm`; `settingsFile` is shown so people know where settings live.
  public SettingsView(SettingsViewModel vm, Path settingsFile) {
    this.vm = vm;
    this.settingsFile = settingsFile;
    Fxml.load(SettingsView.class, "SettingsView.fxml", this);
  }

  @FXML
  private void initialize() {
    locationField.textProperty().bindBidirectional(vm.modelLocation());
    deviceBox.getItems().setAll("auto", "cpu", "gpu");
    deviceBox.valueProperty().bindBidirectional(vm.device());
    precisionBox.getItems().setAll("fp32", "auto", "bf16", "fp16");
    precisionBox.valueProperty().bindBidirectional(vm.precision());
    intSpinner(threadsSpinner, 0, 256, 1, vm.threads());
    intSpinner(maxLengthSpinner, 16, 512, 32, vm.maxLength());
    intSpinner(batchSpinner, 256, 65536, 256, vm.batchTokens());
    doubleSpinner(k1Spinner, 0.01, 5, 0.1, vm.k1());
    doubleSpinner(bSpinner, 0, 1, 0.05, vm.b());
    progressBar.progressProperty().bind(vm.progress());
    progressBar.visibleProperty().bind(vm.loading());
    progressBar.managedProperty().bind(vm.loading());
    loadButton.disableProperty().bind(vm.loading());
    cancelButton.disableProperty().bind(vm.loading().not());
    statusLabel.textProperty().bind(vm.status());
    vm.model().addListener((o, a, s) -> showModel(s));
    showModel(vm.model().get());
    pathsLabel.setText("Settings are saved in " + settingsFile + ".");
    ModelsList models = vm.models();
    modelsList.setItems(models.models());
    modelsList.setPlaceholder(new Label("No models yet: add folders or hub repo ids to compare them on the Search tab"));
    modelEntryField.textProperty().bindBidirectional(models.entry());
    modelEntryField.setOnAction(e -> models.add());
    modelsMessage.textProperty().bind(models.message());
    doubleSpinner(memorySpinner, 0.5, 256, 0.5, models.memoryGb());
  }

  @FXML
  private void onAddModel() {
    vm.models().add();
  }

  @FXML
  private void onChooseModelFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Model folder (config.json, tokenizer.json, model.safetensors)");
    File dir = chooser.showDialog(root.getScene().getWindow());
    if (dir != null) {
      vm.models().entry().set(dir.getAbsolutePath());
      vm.models().add();
    }
  }

  @FXML
  private void onRemoveModel() {
    vm.models().remove(modelsList.getSelectionModel().getSelectedItem());
  }

  private void showModel(RerankerInfo s) {
    modelLabel.setText(s != null
        ? s.name() + " · device " + s.device() + " · " + s.precision() + " (" + s.precisionReason() + ") · "
            + s.languages().size() + " adapter languages\nCPU: " + vm.cpu()
        : "No model loaded: the app runs in BM25-only mode.");
  }

  private static void intSpinner(Spinner<Integer> sp, int min, int max, int step,
      javafx.beans.property.IntegerProperty p) {
    sp.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, p.get(), step));
    sp.getValueFactory().valueProperty().addListener((o, a, v) -> p.set(v == null ? min : v));
    p.addListener((o, a, v) -> sp.getValueFactory().setValue(v.intValue()));
  }

  private static void doubleSpinner(Spinner<Double> sp, double min, double max, double step,
      javafx.beans.property.DoubleProperty p) {
    sp.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, p.get(), step));
    sp.getValueFactory().valueProperty().addListener((o, a, v) -> p.set(v == null ? min : v));
    p.addListener((o, a, v) -> sp.getValueFactory().setValue(v.doubleValue()));
  }

  @FXML
  private void onChoose() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Model folder (config.json, tokenizer.json, model.safetensors)");
    File dir = chooser.showDialog(root.getScene().getWindow());
    if (dir != null) {
      vm.modelLocation().set(dir.getAbsolutePath());
      vm.loadModel();
    }
  }

  @FXML
  private void onLoad() {
    vm.loadModel();
  }

  @FXML
  private void onCancel() {
    vm.cancelLoad();
  }

  @FXML
  private void onApplyBm25() {
    vm.applyBm25();
  }

  /// The tab's root node.
  public ScrollPane root() {
    return root;
  }
}
