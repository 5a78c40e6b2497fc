package dev.relwb.cli;

import picocli.CommandLine.Option;

/// `--format`: the judgment file format of `judge import` and `judge export` (TREC qrels unless given). A picocli
/// mixin (`eval --format` is a report format, another option).
final class JudgmentFormatOption {
  @Option(names = "--format", defaultValue = "trec", description = "trec (qid 0 docid grade), beir (query-id TAB"
      + " corpus-id TAB score), quepid (CSV query,docid,rating; query = text) or srw (OpenSearch Search Relevance"
      + " Workbench judgment list JSON; query = text). Default: ${DEFAULT-VALUE}.")
  private String format;

  /// The format name given.
  String name() {
    return format;
  }
}
