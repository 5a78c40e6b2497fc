package dev.relwb.cli;

import picocli.CommandLine.Option;

/// `--template NAME`: in a workspace connected to a cluster, which of its query templates fills the
/// query (default: its first). A picocli mixin shared by `search`, `run` and `bench search`.
final class TemplateOption {
  @Option(names = "--template", paramLabel = "NAME",
      description = "Cluster workspaces: the query template to use (default: the workspace's first).")
  private String template;

  /// The template name given, or null for the default.
  String name() {
    return template;
  }
}
