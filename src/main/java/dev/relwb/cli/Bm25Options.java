package dev.relwb.cli;

import picocli.CommandLine.Option;

/// `--k1` and `--b`: BM25 parameters for this search or run only, in place of the workspace's
/// settings. A picocli mixin of `search` and `run`.
final class Bm25Options {
  @Option(names = "--k1", description = "BM25 k1 (default: the workspace's, 1.2).")
  private Double k1;

  @Option(names = "--b", description = "BM25 b (default: the workspace's, 0.75).")
  private Double b;

  /// The k1 given, or null for the workspace's.
  Double k1() {
    return k1;
  }

  /// The b given, or null for the workspace's.
  Double b() {
    return b;
  }
}
