package dev.relwb.search;

/// A first-stage search engine over one corpus. Speaks only our records, so the local Lucene
/// index (`LuceneBm25Searcher`) and a future remote cluster are interchangeable. Thread-safe.
public interface Searcher {
  /// Runs one search.
  SearchPage search(SearchRequest request);

  /// The passage `passageId` as a hit of `request` (its score for that query, the highlighted text and
  /// explanation the request asks for; rank 0), wherever it ranks, or empty when the index no longer
  /// holds it. What the document pane shows for a selected hit.
  java.util.Optional<Hit> hit(SearchRequest request, String passageId);
}
