package dev.relwb.search;

import java.util.List;

/// The answer to a `SearchRequest`: hits best first (score desc, then id desc, as trec_eval
/// orders ties), the language and analyzer the query was analysed with, how many passages
/// matched, notices for the user (e.g. a query-syntax fallback), and the time taken.
public record SearchPage(String query, String language, String analyzer, List<Hit> hits, long totalMatches,
    List<String> notices, double millis) {
  /// Copies the lists so the record stays immutable.
  public SearchPage {
    hits = List.copyOf(hits);
    notices = List.copyOf(notices);
  }
}
