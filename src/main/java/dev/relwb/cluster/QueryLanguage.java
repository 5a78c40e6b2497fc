package dev.relwb.cluster;

import dev.relwb.ingest.LanguageDetector;
import dev.relwb.search.SearchRequest;

/// The language a cluster search reports for its query: the cluster analyses the text itself, so this
/// only tells the reranker which adapter to guess (`auto` = detected, as for the local index).
final class QueryLanguage {
  private QueryLanguage() { }

  static String of(SearchRequest req, LanguageDetector detector) {
    if (!req.language().equalsIgnoreCase("auto")) {
      return req.language();
    }
    if (detector == null) {
      return "en";
    }
    String d = detector.detect(req.query());
    return d == null || d.equals(LanguageDetector.UNDETERMINED) ? "en" : d;
  }
}
