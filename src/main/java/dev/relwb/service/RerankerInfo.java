package dev.relwb.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// The loaded reranking model, as the UI status and the CLI show it.
///
/// @param id              identity used by the score cache (`repo@commit` or `sha256:…`)
/// @param name            what the user loaded (a hub repo id, or the folder's name) with the identity
/// @param languages       adapter language codes of the model, in the config's order
/// @param displayNames    code → display name for a dropdown (`French — fr_XX`)
/// @param defaultLanguage language used when none is chosen
/// @param maxTokens       longest input the model accepts
/// @param device          e.g. `cpu (2 threads)` or `gpu(0) (1 GPUs)`
/// @param threads         PyTorch intra-op threads
/// @param precision       how the encoder's large products run: `fp32`, `fp16` or `bf16`
/// @param precisionReason why, e.g. `auto: fp32, this CPU has no AMX-BF16`
/// @param family          the model family (`X-MOD`, `XLM-R`, `RoBERTa`, `BERT`), or null when unknown
public record RerankerInfo(String id, String name, List<String> languages, Map<String, String> displayNames,
    String defaultLanguage, int maxTokens, String device, int threads, String precision, String precisionReason,
    String family) {
  /// Copies the language list and names.
  public RerankerInfo {
    languages = List.copyOf(languages);
    displayNames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(displayNames));
  }

  /// A model of unknown family.
  public RerankerInfo(String id, String name, List<String> languages, Map<String, String> displayNames,
      String defaultLanguage, int maxTokens, String device, int threads, String precision, String precisionReason) {
    this(id, name, languages, displayNames, defaultLanguage, maxTokens, device, threads, precision, precisionReason,
        null);
  }

  /// The adapter languages as dropdown entries (code and English name), in the config's order.
  public List<LanguageOption> languageOptions() {
    List<LanguageOption> out = new ArrayList<>(languages.size());
    for (String code : languages) {
      String label = displayNames.getOrDefault(code, code);
      int dash = label.lastIndexOf(" — ");
      out.add(new LanguageOption(code, dash > 0 ? label.substring(0, dash) : label));
    }
    return out;
  }

  /// Whether the model runs on a GPU (the default rerank depth depends on it).
  public boolean onGpu() {
    return device != null && device.toLowerCase(Locale.ROOT).contains("gpu");
  }
}
