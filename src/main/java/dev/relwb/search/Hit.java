package dev.relwb.search;

/// One hit: the passage (`id`), its document, rank and BM25 score, the stored title/text/path/
/// language and the passage's character offsets in the document, plus the highlighted text asked for
/// (a snippet or the whole passage, with its match spans) and the explanation (null when not asked for).
public record Hit(int rank, String id, String docId, int passage, int passages, String title, String text,
    String path, String language, int start, int end, double score, Snippet snippet, HitExplanation explanation) {

  /// The same hit with another rank.
  public Hit withRank(int r) {
    return new Hit(r, id, docId, passage, passages, title, text, path, language, start, end, score, snippet,
        explanation);
  }
}
