package dev.relwb.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.text.Text;

/// Turns highlighted text into `Text` runs: `<b>…</b>` spans of a snippet, or given query terms in
/// a passage, get the `hl` style class.
final class Snippets {
  private Snippets() { }

  /// Runs for a snippet that marks its terms with `<b>…</b>` (other tags are dropped).
  static List<Text> toTexts(String marked) {
    List<Text> out = new ArrayList<>();
    String s = marked == null ? "" : marked.replace('\n', ' ');
    int i = 0;
    while (i < s.length()) {
      int open = s.indexOf("<b>", i);
      if (open < 0) {
        out.add(plain(s.substring(i)));
        break;
      }
      out.add(plain(s.substring(i, open)));
      int close = s.indexOf("</b>", open);
      int end = close < 0 ? s.length() : close;
      out.add(highlighted(s.substring(open + 3, end)));
      i = close < 0 ? s.length() : close + 4;
    }
    return out;
  }

  /// Runs for `text` with every word that starts with a term (case-insensitive) highlighted whole,
  /// so "ocean" marks "oceans" as the stemming analyzers would match it.
  static List<Text> highlightTerms(String text, List<String> terms) {
    List<Text> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int i = 0;
    int plainStart = 0;
    while (i < text.length()) {
      int len = matchAt(lower, i, terms);
      if (len > 0) {
        out.add(plain(text.substring(plainStart, i)));
        out.add(highlighted(text.substring(i, i + len)));
        i += len;
        plainStart = i;
      } else {
        i++;
      }
    }
    out.add(plain(text.substring(plainStart)));
    return out;
  }

  private static int matchAt(String lower, int i, List<String> terms) {
    if (i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1))) {
      return 0;
    }
    for (String t : terms) {
      if (lower.startsWith(t, i)) {
        int end = i + t.length();
        while (end < lower.length() && Character.isLetterOrDigit(lower.charAt(end))) {
          end++;
        }
        return end - i;
      }
    }
    return 0;
  }

  private static Text plain(String s) {
    Text t = new Text(s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
    t.getStyleClass().add("plain");
    return t;
  }

  private static Text highlighted(String s) {
    Text t = plain(s);
    t.getStyleClass().setAll("hl");
    return t;
  }
}
