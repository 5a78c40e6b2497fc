package dev.relwb.rerank.model;

import java.util.List;

/// What identifies a loaded model and what it accepts.
///
/// @param id          stable identity for caches: `repo@commit` for hub models, else
///                    `sha256:<hex>` of the weights file(s)
/// @param languages   adapter language codes in `config.json` order (index = lang id)
/// @param defaultLanguage `default_language` from the config, or `en_XX` when absent
/// @param maxTokens   longest input the model accepts (`max_position_embeddings - 2`)
/// @param padId       the pad token id (`pad_token_id`)
/// @param device      where it runs, as `--device` spells it: `cpu` or `gpu:0`
public record ModelIdentity(String id, List<String> languages, String defaultLanguage, int maxTokens,
                            int padId, String device) {
  /// Copies the language list.
  public ModelIdentity {
    languages = List.copyOf(languages);
  }
}
