package dev.relwb.cli;

import picocli.CommandLine.Option;

/// `--workspace W`, optional, of `relwb eval`: the workspace whose judgments (when no qrels file is
/// given) and saved runs are used. A picocli mixin; the required form is [WorkspaceOption].
final class JudgmentsWorkspaceOption {
  @Option(names = "--workspace", paramLabel = "W", description = "Use this workspace's judgments (and saved runs).")
  private String workspace;

  /// The workspace name given, or null.
  String name() {
    return workspace;
  }
}
