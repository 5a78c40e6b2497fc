package dev.relwb.cli;

import picocli.CommandLine.Option;

/// `--workspace W`, required: the existing workspace a command reads or writes. A picocli mixin
/// shared by `search`, `run`, `pool`, `judge import|export|set|agreement` and `runs import|export`;
/// `index` (which creates the workspace) has [IndexWorkspaceOption] and `eval` (where it is
/// optional) [JudgmentsWorkspaceOption].
final class WorkspaceOption {
  @Option(names = "--workspace", required = true, paramLabel = "W", description = "Workspace name.")
  private String workspace;

  /// The workspace name given.
  String name() {
    return workspace;
  }
}
