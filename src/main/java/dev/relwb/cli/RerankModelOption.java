package dev.relwb.cli;

import picocli.CommandLine.Option;

/// `--model` of `run`: the cross-encoder that `--rerank` reranks with, so optional, unlike the
/// [ModelOption] of the commands that always need a model. A picocli mixin.
final class RerankModelOption {
  @Option(names = "--model", description = "Cross-encoder model folder or hub id (with --rerank).")
  private String model;

  /// The model as given, or null.
  String ref() {
    return model;
  }
}
