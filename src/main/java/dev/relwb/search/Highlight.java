package dev.relwb.search;

/// Which highlighted text a search returns with each hit.
public enum Highlight {
  /// None (batch runs, which need ids and scores only).
  NONE,
  /// A short snippet: the best sentences, about 180 characters, with the matches marked.
  SNIPPET,
  /// The whole passage text with every match marked (the document pane).
  FULL_TEXT
}
