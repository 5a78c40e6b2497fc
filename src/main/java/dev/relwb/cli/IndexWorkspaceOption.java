package dev.relwb.cli;

import picocli.CommandLine.Option;

/// `--workspace`, required, of `relwb index`: the workspace to index into, created if missing
/// (the other commands want an existing one: [WorkspaceOption]). A picocli mixin.
final class IndexWorkspaceOption {
  @Option(names = "--workspace", required = true, description = "Workspace name (created if missing).")
  private String workspace;

  /// The workspace name given.
  String name() {
    return workspace;
  }
}
