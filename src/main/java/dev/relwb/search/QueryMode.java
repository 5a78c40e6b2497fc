package dev.relwb.search;

/// How the query text is read.
public enum QueryMode {
  /// Every analysed term is one optional clause, repeated terms weighted by their count
  /// (natural-language questions, TREC topics).
  BAG_OF_WORDS,
  /// Lucene query syntax (`+must -not "a phrase" body_en:x~2`) when the query uses any of it (a
  /// lone `?` does not count, so questions stay questions); a query that does not parse falls
  /// back to a bag of words, with a notice.
  SYNTAX
}
