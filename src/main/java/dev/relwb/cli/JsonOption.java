package dev.relwb.cli;

import picocli.CommandLine.Option;

/// `--json`: print the command's result as one JSON object instead of text. A picocli mixin shared
/// by `index`, `search`, `eval`, `judge agreement` and `bench index`; the rerank and load benchmarks
/// print their text and then a JSON line ([JsonFiguresOption]).
final class JsonOption {
  @Option(names = "--json", description = "Print one JSON object instead of text.")
  private boolean json;

  /// Whether `--json` was given.
  boolean enabled() {
    return json;
  }
}
