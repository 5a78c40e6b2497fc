package dev.relwb.ui;

import dev.relwb.ui.corpus.CorpusView;
import dev.relwb.ui.evaluation.EvaluationView;
import dev.relwb.ui.search.SearchView;
import dev.relwb.ui.settings.SettingsView;
import dev.relwb.ui.support.Fxml;
import dev.relwb.ui.team.TeamView;
import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;

/// The main window's content (`MainView.fxml`): the BM25-only banner, the tabs (Search,
/// Evaluation, Corpus, Model & settings, Team) and the status bar. Ctrl+1…5 switch tabs.
public final class MainView {
  /// The stylesheet of the whole window.
  public static final String STYLESHEET =
      Objects.requireNonNull(MainView.class.getResource("window.css")).toExternalForm();
  @FXML private Parent rootPane;
  @FXML private HBox banner;
  @FXML private TabPane tabs;
  @FXML private Tab searchTab;
  @FXML private Tab evaluationTab;
  @FXML private Tab corpusTab;
  @FXML private Tab settingsTab;
  @FXML private Label workspaceLabel;
  @FXML private Label statusLabel;
  @FXML private Label modelLabel;
  private final MainViewModel vm;
  private final SearchView searchView;
  private final EvaluationView evaluationView;
  private final SettingsView settingsView;
  private final CorpusView corpusView;
  private final TeamView teamView;
  private final Tab teamTab;

  /// Builds the window content over `vm`; `settingsFile` is shown on the settings tab.
  public MainView(MainViewModel vm, Path settingsFile) {
    this.vm = vm;
    Fxml.load(MainView.class, "MainView.fxml", this);
    searchView = new SearchView(vm.search(), vm.document());
    evaluationView = new EvaluationView(vm.evaluation());
    corpusView = new CorpusView(vm.corpus());
    settingsView = new SettingsView(vm.settings(), settingsFile);
    searchTab.setContent(searchView.root());
    evaluationTab.setContent(evaluationView.root());
    corpusTab.setContent(corpusView.root());
    settingsTab.setContent(settingsView.root());
    teamView = new TeamView(vm.team());
    teamTab = new Tab("Team", teamView.root());
    tabs.getTabs().add(teamTab);
    rootPane.getStylesheets().add(STYLESHEET);
    bind();
  }

  private void bind() {
    banner.visibleProperty().bind(vm.bm25Only());
    banner.managedProperty().bind(vm.bm25Only());
    workspaceLabel.textProperty().bind(Bindings.createStringBinding(() ->
        vm.workspace().get().isBlank() ? "No workspace" : "Workspace: " + vm.workspace().get(), vm.workspace()));
    modelLabel.textProperty().bind(vm.modelLine());
    modelLabel.setTooltip(new Tooltip("CPU: " + vm.cpu().description()));
    vm.search().status().addListener((o, a, s) -> statusLabel.setText(s));
    vm.corpus().status().addListener((o, a, s) -> statusLabel.setText(s));
    vm.settings().status().addListener((o, a, s) -> statusLabel.setText(s));
    vm.team().agreement().status().addListener((o, a, s) -> teamStatus(s));
    vm.team().snapshots().status().addListener((o, a, s) -> teamStatus(s));
    rootPane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (e.isShortcutDown() && e.getCode().isDigitKey()) {
        int i = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
        if (i >= 0 && i < tabs.getTabs().size()) {
          tabs.getSelectionModel().select(i);
          e.consume();
        }
      }
    });
    tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
      if (t == evaluationTab) {
        vm.evaluation().refresh();
      } else if (t == teamTab) {
        vm.team().refresh();
      }
    });
    Platform.runLater(() -> searchView.queryField().requestFocus());
  }

  private void teamStatus(String s) {
    if (tabs.getSelectionModel().getSelectedItem() == teamTab) {
      statusLabel.setText(s);
    }
  }

  @FXML
  private void onDownload() {
    Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
        "Download " + dev.relwb.ui.settings.SettingsViewModel.DEFAULT_REPO
            + " (about 3.4 GB) from the Hugging Face hub? You can keep working with BM25 meanwhile.",
        ButtonType.CANCEL, ButtonType.OK);
    confirm.setHeaderText(null);
    confirm.initOwner(rootPane.getScene().getWindow());
    confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> {
      vm.settings().modelLocation().set(dev.relwb.ui.settings.SettingsViewModel.DEFAULT_REPO);
      tabs.getSelectionModel().select(settingsTab);
      vm.settings().loadModel();
    });
  }

  @FXML
  private void onChooseFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Model folder (config.json, tokenizer.json, model.safetensors)");
    File dir = chooser.showDialog(rootPane.getScene().getWindow());
    if (dir != null) {
      vm.settings().modelLocation().set(dir.getAbsolutePath());
      vm.settings().loadModel();
    }
  }

  /// The root node to put in a scene.
  public Parent root() {
    return rootPane;
  }

  /// The query field (for focus handling and tests).
  public TextField queryField() {
    return searchView.queryField();
  }

  /// The search view.
  public SearchView searchView() {
    return searchView;
  }

  /// The tab pane.
  public TabPane tabs() {
    return tabs;
  }

  /// The Evaluation tab view.
  public EvaluationView evaluationView() {
    return evaluationView;
  }

  /// The Team tab view.
  public TeamView teamView() {
    return teamView;
  }

  /// The settings tab view.
  public SettingsView settingsView() {
    return settingsView;
  }
}
