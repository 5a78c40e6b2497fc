package dev.relwb.search;

import java.util.List;

/// A short excerpt of a hit's text with the character ranges that matched the query.
public record Snippet(String text, List<Span> highlights) {
  /// A highlighted range `[start, end)` of `text`.
  public record Span(int start, int end) { }

  /// Copies the list so the record stays immutable.
  public Snippet {
    highlights = List.copyOf(highlights);
  }
}
