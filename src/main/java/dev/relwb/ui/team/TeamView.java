package dev.relwb.ui.team;

import dev.relwb.ui.support.Fxml;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/// The Team tab (`TeamView.fxml`): *Annotators & agreement* and *Snapshots*, each in its own inner tab.
public final class TeamView {
  private static final String STYLESHEET =
      Objects.requireNonNull(TeamView.class.getResource("team.css")).toExternalForm();
  @FXML private TabPane root;
  @FXML private Tab agreementTab;
  @FXML private Tab snapshotsTab;
  private final AgreementView agreementView;
  private final SnapshotsView snapshotsView;

  /// Loads the tab over `vm`.
  public TeamView(TeamViewModel vm) {
    Fxml.load(TeamView.class, "TeamView.fxml", this);
    agreementView = new AgreementView(vm.agreement());
    snapshotsView = new SnapshotsView(vm.snapshots());
    agreementTab.setContent(agreementView.root());
    snapshotsTab.setContent(snapshotsView.root());
    root.getStylesheets().add(STYLESHEET);
  }

  /// The tab's root node.
  public TabPane root() {
    return root;
  }

  /// Shows *Annotators & agreement* (`false`) or *Snapshots* (`true`).
  public void showSnapshots(boolean snapshots) {
    root.getSelectionModel().select(snapshots ? snapshotsTab : agreementTab);
  }

  /// *Annotators & agreement*.
  public AgreementView agreementView() {
    return agreementView;
  }

  /// *Snapshots*.
  public SnapshotsView snapshotsView() {
    return snapshotsView;
  }
}
