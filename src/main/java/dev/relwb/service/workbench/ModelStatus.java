package dev.relwb.service.workbench;

import java.util.List;

/// Whether a cross-encoder is ready, which one, on which device, and the languages of its adapters.
/// When `available` is false the app runs in BM25-only mode and `problem` says why.
public record ModelStatus(boolean available, String name, String device, List<LanguageOption> languages,
    String defaultLanguage, String problem) {
  /// Copies the language list.
  public ModelStatus {
    languages = List.copyOf(languages);
    problem = problem == null ? "" : problem;
  }

  /// The status of a workbench without a model.
  public static ModelStatus none(String problem) {
    return new ModelStatus(false, "", "", List.of(), "en_XX", problem);
  }

  /// Whether the device is a GPU (the rerank depth default depends on it).
  public boolean onGpu() {
    return device != null && device.toLowerCase(java.util.Locale.ROOT).contains("gpu");
  }
}
