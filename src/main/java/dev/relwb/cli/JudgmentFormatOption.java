package dev.relwb.cli;

import picocli.CommandLine.Option;

/// `--format`, required: the judgment file format of `judge import` and `judge export`. A picocli
/// mixin (`eval --format` is a report format, another option).
final class JudgmentFormatOption {
  @Option(names = "--format", required = true, description = "trec, beir or quepid.")
  private String format;

  /// The format name given.
  String name() {
    return format;
  }
}
