package dev.relwb.search;

/// A first-stage search engine over one corpus. Speaks only our records, so the local Lucene
/// index (`LuceneBm25Searcher`) and a future remote cluster are interchangeable. Thread-safe.
public interface Searcher {
  /// Runs one search.
  SearchPage search(SearchRequest request);
}
