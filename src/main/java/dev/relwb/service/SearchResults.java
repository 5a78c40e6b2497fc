package dev.relwb.service;

import java.util.List;

/// The answer to a `SearchQuery`, as the UI and CLI see it: hits best first, the language and
/// analyzer used, matching passages, notices (e.g. query-syntax fallback) and the time taken.
public record SearchResults(String query, String language, String analyzer, long totalMatches, double millis,
    List<String> notices, List<Hit> hits) {

  /// Copies the lists.
  public SearchResults {
    notices = List.copyOf(notices);
    hits = List.copyOf(hits);
  }

  /// One hit: passage `id`, its document, rank, BM25 score, stored fields, the passage's offsets
  /// in the document, a snippet with highlighted ranges, and an explanation (null unless asked).
  public record Hit(int rank, String id, String docId, int passage, int passages, String title, String text,
      String path, String language, int start, int end, double score, String snippet, List<Span> highlights,
      Explanation explanation) { }

  /// A highlighted range `[start, end)` of a snippet.
  public record Span(int start, int end) { }

  /// A score explanation tree (value, description, parts).
  public record Explanation(double value, String description, List<Explanation> details) {
    /// The tree as indented lines.
    public String toText() {
      StringBuilder sb = new StringBuilder();
      append(sb, 0);
      return sb.toString();
    }

    private void append(StringBuilder sb, int depth) {
      sb.append("  ".repeat(depth)).append(String.format(java.util.Locale.ROOT, "%.6f", value)).append(" = ")
          .append(description).append('\n');
      details.forEach(d -> d.append(sb, depth + 1));
    }
  }
}
