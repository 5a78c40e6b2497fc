package dev.relwb.service.workbench;

import dev.relwb.core.DocId;

/// One BM25 hit as the window shows it: document, 1-based rank, score, title, a snippet whose query
/// terms are wrapped in `<b>…</b>`, the document language, the passage that matched and its text
/// (what the cross-encoder scores).
public record Hit(DocId doc, int rank, double score, String title, String snippet, String language,
    String passageId, String text) {
  /// Rejects ranks below 1.
  public Hit {
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be >= 1, not " + rank);
    }
    title = title == null ? "" : title;
    snippet = snippet == null ? "" : snippet;
    language = language == null ? "" : language;
    text = text == null ? "" : text;
  }
}
