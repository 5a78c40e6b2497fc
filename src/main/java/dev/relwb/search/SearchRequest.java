package dev.relwb.search;

import dev.relwb.core.WorkbenchException;

/// One search: the query, its language (`auto` = detect), how many hits, passages or documents,
/// the query syntax, which highlighted text to return, whether to explain scores, BM25 parameters,
/// and whether to fetch each hit's stored title/text/path (a batch run that only needs ids and
/// scores skips it).
public record SearchRequest(String query, String language, int k, Granularity granularity, QueryMode mode,
    Highlight highlight, boolean explain, Bm25Params bm25, boolean fetchText) {

  /// Rejects an empty query and k outside 1–10,000.
  public SearchRequest {
    if (query == null || query.isBlank()) {
      throw new WorkbenchException("The query is empty: type some words to search for");
    }
    if (k < 1 || k > 10_000) {
      throw new WorkbenchException("k must be between 1 and 10000, not " + k);
    }
    language = language == null || language.isBlank() ? "auto" : language;
    granularity = granularity == null ? Granularity.DOCUMENTS : granularity;
    mode = mode == null ? QueryMode.SYNTAX : mode;
    highlight = highlight == null ? Highlight.NONE : highlight;
    bm25 = bm25 == null ? Bm25Params.DEFAULTS : bm25;
  }

  /// A document search for `query` with defaults (auto language, syntax with fallback, snippets, no explanation).
  public static SearchRequest of(String query, int k) {
    return new SearchRequest(query, "auto", k, Granularity.DOCUMENTS, QueryMode.SYNTAX, Highlight.SNIPPET, false, null,
        true);
  }
}
