package dev.relwb.cli;

import picocli.CommandLine.Option;

/// `--model MODEL`, required: a model as a folder or as a Hugging Face hub repo id with an optional
/// revision. A picocli mixin of `score` and `model info`; `bench rerank` has it in a group exclusive
/// with `--random`, and picocli allows no `@Mixin` inside an `@ArgGroup`, so that group's class
/// extends this one (hence not final). `run --rerank` takes an optional [RerankModelOption].
class ModelOption {
  @Option(names = "--model", required = true, paramLabel = "MODEL",
      description = "Model folder (config.json, weights), or Hugging Face repo id org/name[@revision].")
  private String model;

  /// The model as given: a folder, `org/name` or `org/name@revision`.
  String ref() {
    return model;
  }
}
