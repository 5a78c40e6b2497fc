package dev.relwb.cli;

import picocli.CommandLine.Option;

/// `--lang` of `search` and `run`: the language to analyze queries in, `auto` to detect it from
/// each query, or (not given) the workspace's. A picocli mixin; `index` takes the documents'
/// language ([DocumentLanguageOption]) and `score` a model adapter's ([AdapterLanguageOption]).
final class QueryLanguageOption {
  @Option(names = "--lang", description = "Query language code, or auto (detect per query). Default: the workspace's.")
  private String lang;

  /// The code or `auto` given, or null for the workspace's language.
  String code() {
    return lang;
  }
}
