package dev.relwb.ui.corpus;

import dev.relwb.cluster.ClusterEngine;
import dev.relwb.ui.support.Fxml;
import java.io.File;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/// The *Connect to a cluster* dialog (`ClusterConnectView.fxml`) over `ClusterConnectViewModel`: one
/// window per main window, kept between openings so the form keeps what was typed (but not the secret
/// once connected).
public final class ClusterConnectView {
  @FXML private VBox root;
  @FXML private ComboBox<ClusterEngine> engineBox;
  @FXML private TextField urlField;
  @FXML private Label indexLabel;
  @FXML private TextField indexField;
  @FXML private ComboBox<AuthChoice> authBox;
  @FXML private Label userLabel;
  @FXML private TextField userField;
  @FXML private Label secretLabel;
  @FXML private PasswordField secretField;
  @FXML private TextField caField;
  @FXML private Button testButton;
  @FXML private Button cancelButton;
  @FXML private ProgressBar progressBar;
  @FXML private Label statusLabel;
  @FXML private ComboBox<String> idBox;
  @FXML private ComboBox<String> titleBox;
  @FXML private ComboBox<String> textBox;
  @FXML private ComboBox<String> langBox;
  @FXML private TextField nameField;
  @FXML private Button connectButton;
  private final ClusterConnectViewModel vm;
  private Stage stage;

  /// Loads the form over `vm`.
  public ClusterConnectView(ClusterConnectViewModel vm) {
    this.vm = vm;
    Fxml.load(ClusterConnectView.class, "ClusterConnectView.fxml", this);
  }

  @FXML
  private void initialize() {
    engineBox.getItems().setAll(ClusterEngine.values());
    engineBox.setConverter(new StringConverter<>() {
      @Override
      public String toString(ClusterEngine e) {
        return e == null ? "" : e.shown();
      }

      @Override
      public ClusterEngine fromString(String s) {
        return null;
      }
    });
    engineBox.valueProperty().bindBidirectional(vm.engine());
    authBox.getItems().setAll(AuthChoice.values());
    authBox.valueProperty().bindBidirectional(vm.auth());
    urlField.textProperty().bindBidirectional(vm.url());
    urlField.promptTextProperty().bind(Bindings.createStringBinding(
        () -> ClusterConnectViewModel.urlExample(vm.engine().get()), vm.engine()));
    indexField.textProperty().bindBidirectional(vm.index());
    indexLabel.textProperty().bind(Bindings.createStringBinding(
        () -> vm.engine().get() == ClusterEngine.SOLR ? "C_ollection" : "_Index", vm.engine()));
    userField.textProperty().bindBidirectional(vm.user());
    secretField.textProperty().bindBidirectional(vm.secret());
    caField.textProperty().bindBidirectional(vm.caFile());
    nameField.textProperty().bindBidirectional(vm.name());
    bindAuth();
    picker(idBox, vm.idFields(), vm.idField());
    picker(titleBox, vm.titleFields(), vm.titleField());
    picker(textBox, vm.textFields(), vm.textField());
    picker(langBox, vm.langFields(), vm.langField());
    bindJobs();
  }

  private void bindAuth() {
    BooleanBinding basic = vm.auth().isEqualTo(AuthChoice.BASIC);
    BooleanBinding secret = Bindings.createBooleanBinding(() -> vm.auth().get().needsSecret(), vm.auth());
    showWhen(basic, userLabel, userField);
    showWhen(secret, secretLabel, secretField);
    secretLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.auth().get() == AuthChoice.API_KEY
        ? "API _key (this session)" : "Pass_word (this session)", vm.auth()));
  }

  private void bindJobs() {
    statusLabel.textProperty().bind(vm.status());
    vm.problem().addListener((o, a, p) -> {
      statusLabel.getStyleClass().remove("warning");
      if (p) {
        statusLabel.getStyleClass().add("warning");
      }
    });
    progressBar.visibleProperty().bind(vm.busy());
    cancelButton.disableProperty().bind(vm.busy().not());
    testButton.disableProperty().bind(vm.busy());
    connectButton.disableProperty().bind(vm.busy().or(vm.tested().not()));
    testButton.defaultButtonProperty().bind(vm.tested().not());
    connectButton.defaultButtonProperty().bind(vm.tested());
    vm.connected().addListener((o, a, w) -> {
      if (w != null && stage != null) {
        stage.close();
      }
    });
  }

  private static void showWhen(BooleanBinding condition, Node... nodes) {
    for (Node n : nodes) {
      n.visibleProperty().bind(condition);
      n.managedProperty().bind(condition);
    }
  }

  private static void picker(ComboBox<String> box, ObservableList<String> items, StringProperty picked) {
    box.setItems(items);
    box.valueProperty().bindBidirectional(picked);
    box.disableProperty().bind(Bindings.isEmpty(items));
  }

  /// Opens the form as a window over `owner` (created once), with the URL field focused.
  public void show(Window owner) {
    if (stage == null) {
      stage = new Stage();
      stage.setTitle("Connect to a cluster");
      stage.initOwner(owner);
      stage.initModality(Modality.WINDOW_MODAL);
      Scene scene = new Scene(root);
      if (owner != null && owner.getScene() != null) {
        scene.getStylesheets().setAll(owner.getScene().getRoot().getStylesheets());
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
      }
      stage.setScene(scene);
    }
    vm.connected().set(null);
    stage.show();
    stage.toFront();
    Platform.runLater(urlField::requestFocus);
  }

  @FXML
  private void onBrowseCa() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("PEM file of CA certificates");
    chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PEM certificates", "*.pem", "*.crt",
        "*.cer"), new FileChooser.ExtensionFilter("All files", "*"));
    File f = chooser.showOpenDialog(root.getScene().getWindow());
    if (f != null) {
      vm.caFile().set(f.getAbsolutePath());
    }
  }

  @FXML
  private void onTest() {
    vm.test();
  }

  @FXML
  private void onCancel() {
    vm.cancel();
  }

  @FXML
  private void onConnect() {
    vm.connect();
  }

  @FXML
  private void onClose() {
    vm.cancel();
    if (stage != null) {
      stage.close();
    }
  }

  /// The form's root node.
  public VBox root() {
    return root;
  }
}
