package dev.relwb.ui.team;

import dev.relwb.service.WorkbenchPorts;
import dev.relwb.ui.support.TaskRunner;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;

/// The Team tab's model: *Annotators & agreement* and *Snapshots* over the window's ports, both following
/// the current workspace.
public final class TeamViewModel {
  private final AgreementViewModel agreement;
  private final SnapshotsViewModel snapshots;

  /// The models over `ports` for the workspace in `workspace`; `setup` tells each snapshot save how to rank.
  public TeamViewModel(WorkbenchPorts ports, TaskRunner runner, StringProperty workspace,
      Supplier<SnapshotSetup> setup) {
    agreement = new AgreementViewModel(ports.judging(), runner, workspace);
    snapshots = new SnapshotsViewModel(ports.snapshots(), ports.querySets(), runner, workspace, setup);
    workspace.addListener((o, a, b) -> refresh());
  }

  /// Reloads both parts.
  public void refresh() {
    agreement.refresh();
    snapshots.refresh();
  }

  /// *Annotators & agreement*.
  public AgreementViewModel agreement() {
    return agreement;
  }

  /// *Snapshots*.
  public SnapshotsViewModel snapshots() {
    return snapshots;
  }
}
