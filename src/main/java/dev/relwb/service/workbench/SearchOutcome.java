package dev.relwb.service.workbench;

import java.util.List;

/// The BM25 answer to one query: hits best first, the analyzer language used, and a notice for the
/// user (e.g. "query parsed as a bag of words"), empty when there is nothing to say.
public record SearchOutcome(List<Hit> hits, String analyzerLanguage, String notice) {
  /// Copies the hit list.
  public SearchOutcome {
    hits = List.copyOf(hits);
    notice = notice == null ? "" : notice;
  }
}
