package dev.relwb.service;

import dev.relwb.search.Hit;
import dev.relwb.search.SearchPage;

/// BM25 search over a workspace as the search view uses it. Implemented by [SearchService]; a port so
/// ViewModel tests can stand in.
public interface Retrieval {
  /// One search: hits best first, each with a snippet whose match spans the UI renders.
  @Blocking
  SearchPage search(String workspace, SearchQuery query);

  /// `hit` as the document pane shows it for `query` analysed as `language` (the search's): its whole
  /// passage with every match span, and the BM25 explanation. Keeps `hit`'s rank.
  @Blocking
  Hit document(String workspace, SearchQuery query, Hit hit);

  /// For a MaxP rerank: up to `perDocument` passages of each of `documents` (hits of a search with query
  /// template `template`, null = default), the matched passage first. A local index gives the passages it
  /// indexed; a cluster's documents are split with the workspace's passage settings.
  @Blocking
  java.util.List<MaxPInput.Document> passages(String workspace, String template, java.util.List<Hit> documents,
      int perDocument);
}
