package dev.relwb.service;

import java.util.List;

/// One rerank job as the UI or CLI asks for it.
///
/// @param query       the query text
/// @param passages    the passages to score, in BM25 order
/// @param docIds      the parent document of each passage (for MaxP), or null to skip document scores
/// @param language    adapter language as the user typed it (`fr`, `fr_XX`, `French`), or null for the
///                    model's default
/// @param languageGuessed whether `language` was detected or inferred (the query's analyzer language)
///                    rather than chosen: a language the model has no adapter for then falls back to its
///                    default adapter instead of failing
/// @param maxLength   max tokens per pair, or 0 for the loaded model's setting (512 unless set)
/// @param batchTokens token budget per batch, or 0 for the loaded model's setting
/// @param useCache    whether the score cache is used
/// @param model       the model to score with, as a location (a folder or hub repo id, loaded on first
///                    use and kept while the memory budget allows), or null for the loaded (default) model
public record RerankRequest(String query, List<String> passages, List<String> docIds, String language,
                            boolean languageGuessed, int maxLength, int batchTokens, boolean useCache,
                            String model) {
  /// Copies the lists.
  public RerankRequest {
    passages = List.copyOf(passages);
    docIds = docIds == null ? null : List.copyOf(docIds);
    model = model == null || model.isBlank() ? null : model.strip();
  }

  /// A request for the loaded (default) model.
  public RerankRequest(String query, List<String> passages, List<String> docIds, String language,
                       boolean languageGuessed, int maxLength, int batchTokens, boolean useCache) {
    this(query, passages, docIds, language, languageGuessed, maxLength, batchTokens, useCache, null);
  }

  /// A request with the defaults: model's default language, max length 512, default batching, cache on.
  public static RerankRequest of(String query, List<String> passages) {
    return new RerankRequest(query, passages, null, null, false, 0, 0, true, null);
  }

  /// A copy with the parent document ids of the passages.
  public RerankRequest withDocIds(List<String> ids) {
    return new RerankRequest(query, passages, ids, language, languageGuessed, maxLength, batchTokens, useCache, model);
  }

  /// A copy with another language, as chosen by the user.
  public RerankRequest withLanguage(String lang) {
    return new RerankRequest(query, passages, docIds, lang, false, maxLength, batchTokens, useCache, model);
  }

  /// A copy with a detected or inferred language (no adapter for it: the model's default is used).
  public RerankRequest withGuessedLanguage(String lang) {
    return new RerankRequest(query, passages, docIds, lang, true, maxLength, batchTokens, useCache, model);
  }

  /// A copy for the model at `location` (null: the loaded model).
  public RerankRequest withModel(String location) {
    return new RerankRequest(query, passages, docIds, language, languageGuessed, maxLength, batchTokens, useCache,
        location);
  }
}
