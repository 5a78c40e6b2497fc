package dev.relwb.cli;

import picocli.CommandLine.Option;

/// `--lang` of `index`: the documents' language, `auto` (the default) to detect it per document.
/// A picocli mixin; see [QueryLanguageOption] for the queries' language.
final class DocumentLanguageOption {
  @Option(names = "--lang", defaultValue = "auto",
      description = "Document language code, or auto (detect). Default: ${DEFAULT-VALUE}.")
  private String lang;

  /// The code given, or `auto`.
  String code() {
    return lang;
  }
}
