package dev.relwb.cli;

import picocli.CommandLine.Option;

/// `--json` of `bench rerank` and `bench load`: after the figures as text, one JSON line holding
/// all of them (where [JsonOption] prints JSON instead of the text). A picocli mixin.
final class JsonFiguresOption {
  @Option(names = "--json", description = "End with one JSON line holding every figure.")
  private boolean json;

  /// Whether `--json` was given.
  boolean enabled() {
    return json;
  }
}
