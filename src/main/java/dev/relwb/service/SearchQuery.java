package dev.relwb.service;

/// A search as the UI or CLI asks for it: text, language (`auto` or a code; null = the workspace
/// default), how many hits, passages instead of documents, whether to read Lucene query syntax
/// (else a bag of words), whether to explain scores, BM25 k1/b (null = the workspace's), and, in a
/// workspace connected to a cluster, the query template (null = its default; the cluster's own
/// analysis and similarity then decide, not the language, syntax or k1/b).
public record SearchQuery(String text, String language, int k, boolean passages, boolean syntax, boolean explain,
    Double k1, Double b, String template) {

  /// A document search with syntax, snippets, no explanation and the workspace's settings.
  public static SearchQuery of(String text, int k) {
    return new SearchQuery(text, null, k, false, true, false, null, null, null);
  }

  /// A document search with syntax and snippets in `language` (`auto`, a code, or null for the
  /// workspace's) with BM25 `k1`/`b` (null = the workspace's).
  public static SearchQuery documents(String text, String language, int k, Double k1, Double b) {
    return new SearchQuery(text, language, k, false, true, false, k1, b, null);
  }

  /// The same search through query template `name` (null = the workspace's default).
  public SearchQuery withTemplate(String name) {
    return new SearchQuery(text, language, k, passages, syntax, explain, k1, b, name);
  }
}
