package dev.relwb.cli;

import picocli.CommandLine.Option;

/// `--lang CODE` of `score`: the language adapter of the mono-XM (X-MOD) model for the pairs that
/// name none; not given, the model's default language. A picocli mixin; the search commands'
/// `--lang` is the language of a text ([QueryLanguageOption]).
final class AdapterLanguageOption {
  @Option(names = "--lang", paramLabel = "CODE",
      description = "Adapter language: fr_XX, fr, fr_FR, French … (default: the model's default language).")
  private String lang;

  /// The language given, or null for the model's default.
  String code() {
    return lang;
  }
}
