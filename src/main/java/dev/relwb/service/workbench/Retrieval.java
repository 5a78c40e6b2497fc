package dev.relwb.service.workbench;

/// BM25 search over a workspace, and the details of one hit.
public interface Retrieval {
  /// The top `k` documents for `query`, analysed for `language` (`auto` detects it).
  @dev.relwb.service.Blocking
  SearchOutcome search(String workspace, String query, String language, int k);

  /// Sets the BM25 parameters used by later searches (cheap).
  void setBm25(double k1, double b);

  /// The full passage and document text, provenance and BM25 explanation of `hit` for `query`.
  @dev.relwb.service.Blocking
  DocumentDetail document(String workspace, Hit hit, String query);
}
