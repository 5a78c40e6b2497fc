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

  /// The passages of `hit`'s document, in document order (passage number, text and offsets; score 0,
  /// no snippet), for MaxP reranking: a local index returns the passages it indexed, a cluster splits the
  /// document's text at rerank time. A document of one passage gives one passage.
  java.util.List<Hit> passages(Hit hit);

  /// Whether the query's language changes how it is analysed here (the local index picks an analyzer per
  /// language; a cluster analyses every query its own way, so searching again "as English" would repeat
  /// the same search).
  default boolean analysesByLanguage() {
    return true;
  }
}
