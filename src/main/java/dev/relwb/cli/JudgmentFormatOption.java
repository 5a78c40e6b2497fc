package dev.relwb.cli;

import picocli.CommandLine.Option;

/// `--format`: the judgment file format of `judge import` and `judge export` (TREC qrels unless given). A picocli
/// mixin (`eval --format` is a report format, another option).
final class JudgmentFormatOption {
  @Option(names = "--format", defaultValue = "trec", description = "trec, beir or quepid. Default: ${DEFAULT-VALUE}.")
  private String format;

  /// The format name given.
  String name() {
    return format;
  }
}
