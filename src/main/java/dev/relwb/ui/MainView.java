package dev.relwb.ui;

import dev.relwb.core.WorkbenchException;
import dev.relwb.service.Services;
import java.io.IOException;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/// The main window's content: search bar, the two rankings and the status line (`MainView.fxml`).
public final class MainView {
  private final Parent root;
  private final Services services;
  @FXML private TextField queryField;
  @FXML private Label statusLabel;

  /// Loads the FXML and binds it to the services.
  public MainView(Services services) {
    this.services = services;
    FXMLLoader loader = new FXMLLoader(Objects.requireNonNull(MainView.class.getResource("MainView.fxml")));
    loader.setController(this);
    try {
      root = loader.load();
    } catch (IOException e) {
      throw new WorkbenchException("Cannot load the main window layout (MainView.fxml)", e);
    }
  }

  @FXML
  private void initialize() {
    statusLabel.setText(services == null ? "Ready" : "Relevance Workbench " + services.version());
  }

  /// The root node to put in a scene.
  public Parent root() {
    return root;
  }

  /// The query field (for focus handling and tests).
  public TextField queryField() {
    return queryField;
  }
}
