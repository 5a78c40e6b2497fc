package dev.relwb.rerank;

import dev.relwb.core.WorkbenchException;

/// How one rerank job runs.
///
/// @param language         exact adapter code of the model (e.g. `fr_XX`), or null for the model's default
/// @param maxLength        longest model input in tokens (specials included); only the passage is cut
/// @param batchTokens      token budget of a batch: rows × longest row of the batch stays within it
///                         (a single longer row still runs alone)
/// @param firstBatchTokens token budget of the first batch, kept small so the first scores arrive fast
/// @param useCache         whether the score cache is read and written
public record RerankParams(String language, int maxLength, int batchTokens, int firstBatchTokens,
                           boolean useCache) {
  /// Default token budget per batch. Measured on a 2-core CPU with the xmod-base-shaped benchmark:
  /// larger budgets gained nothing and cost memory (see the README's benchmark section).
  public static final int DEFAULT_BATCH_TOKENS = 2048;
  /// Default token budget of the first batch.
  public static final int DEFAULT_FIRST_BATCH_TOKENS = 512;
  /// Default max length, the model card's.
  public static final int DEFAULT_MAX_LENGTH = 512;

  /// Validates the numbers, naming the one that is wrong.
  public RerankParams {
    if (maxLength < 8) {
      throw new WorkbenchException("max length " + maxLength + " is too small: use at least 8 tokens");
    }
    if (batchTokens < 1 || firstBatchTokens < 1) {
      throw new WorkbenchException("batch token budget must be positive (got " + batchTokens + " and "
          + firstBatchTokens + ")");
    }
  }

  /// The defaults, with the model's default language.
  public static RerankParams defaults() {
    return new RerankParams(null, DEFAULT_MAX_LENGTH, DEFAULT_BATCH_TOKENS, DEFAULT_FIRST_BATCH_TOKENS, true);
  }

  /// A copy with another language (null = the model's default).
  public RerankParams withLanguage(String lang) {
    return new RerankParams(lang, maxLength, batchTokens, firstBatchTokens, useCache);
  }

  /// A copy with another max length.
  public RerankParams withMaxLength(int n) {
    return new RerankParams(language, n, batchTokens, firstBatchTokens, useCache);
  }

  /// A copy with other batch budgets.
  public RerankParams withBatchTokens(int batch, int first) {
    return new RerankParams(language, maxLength, batch, first, useCache);
  }

  /// A copy with the cache on or off.
  public RerankParams withCache(boolean on) {
    return new RerankParams(language, maxLength, batchTokens, firstBatchTokens, on);
  }
}
