package dev.relwb.service;

import java.util.List;

/// The loaded reranking model, as the UI status and the CLI show it.
///
/// @param id              identity used by the score cache (`repo@commit` or `sha256:…`)
/// @param languages       adapter language codes of the model, in the config's order
/// @param displayNames    code → display name for a dropdown (`French — fr_XX`)
/// @param defaultLanguage language used when none is chosen
/// @param maxTokens       longest input the model accepts
/// @param device          e.g. `cpu (2 threads)` or `gpu(0) (1 GPUs)`
/// @param threads         PyTorch intra-op threads
public record RerankerInfo(String id, List<String> languages, java.util.Map<String, String> displayNames,
                        String defaultLanguage, int maxTokens, String device, int threads) {
  /// Copies the language list and names.
  public RerankerInfo {
    languages = List.copyOf(languages);
    displayNames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(displayNames));
  }
}
