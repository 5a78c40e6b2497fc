package dev.relwb.ui.search;

import dev.relwb.search.Snippet;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;

/// Renders highlighted text as `Text` runs: the ranges the search layer marked as matches (Lucene's
/// highlighter, the only one) get the `hl` style class, the rest `plain`. Spans come as data; there
/// is no markup to parse.
final class Snippets {
  private Snippets() { }

  /// Runs for `snippet` (none for null), with line breaks shown as spaces.
  static List<Text> toTexts(Snippet snippet) {
    return snippet == null ? List.of() : toTexts(snippet, Integer.MAX_VALUE, true);
  }

  /// Runs for at most the first `maxChars` characters of `snippet` (an ellipsis marks a cut), keeping
  /// line breaks unless `oneLine`.
  static List<Text> toTexts(Snippet snippet, int maxChars, boolean oneLine) {
    String s = snippet.text();
    int end = Math.min(s.length(), maxChars);
    List<Text> out = new ArrayList<>();
    int at = 0;
    for (Snippet.Span span : snippet.highlights()) {
      if (span.start() < at || span.end() > end) {
        continue;
      }
      out.add(plain(s.substring(at, span.start()), oneLine));
      out.add(highlighted(s.substring(span.start(), span.end()), oneLine));
      at = span.end();
    }
    out.add(plain(s.substring(at, end) + (end < s.length() ? " …" : ""), oneLine));
    return out;
  }

  /// A run of text without highlighting.
  static Text plain(String s, boolean oneLine) {
    Text t = new Text(oneLine ? s.replace('\n', ' ') : s);
    t.getStyleClass().add("plain");
    return t;
  }

  private static Text highlighted(String s, boolean oneLine) {
    Text t = plain(s, oneLine);
    t.getStyleClass().setAll("hl");
    return t;
  }
}
