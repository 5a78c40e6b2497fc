package dev.relwb.search;

import dev.relwb.index.Fields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/// Highlighted text of the passages already loaded for the hits, made by Lucene's `UnifiedHighlighter`
/// without a searcher (the text is re-analysed with the query language's analyzer; the query's
/// `body_*` terms highlight it) and turned into our `Snippet` record: the best sentences as a short
/// snippet, or the whole passage with every match (the spans the UI renders; there is no other highlighter).
final class Snippets {
  private static final int SNIPPET_CHARS = 180;
  private static final int MAX_PASSAGES = 2;

  private Snippets() { }

  /// The highlighted text of each of `texts` (`mode` SNIPPET or FULL_TEXT), in the same order; a text
  /// without a match gets its beginning (a snippet) or itself (full text) with no spans.
  static Snippet[] highlight(Analyzer analyzer, Query query, String[] texts, Highlight mode) throws IOException {
    boolean whole = mode == Highlight.FULL_TEXT;
    UnifiedHighlighter uh = UnifiedHighlighter.builderWithoutSearcher(analyzer)
        .withFieldMatcher(f -> f.startsWith(Fields.BODY_PREFIX))
        .withBreakIterator(() -> whole ? new WholeBreakIterator() : LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
        .withFormatter(new Formatter())
        .withMaxLength(whole ? Integer.MAX_VALUE - 1 : 200_000)
        .build();
    Snippet[] out = new Snippet[texts.length];
    for (int i = 0; i < texts.length; i++) {
      String text = texts[i] == null ? "" : texts[i];
      Object s = text.isEmpty() ? null : uh.highlightWithoutSearcher(Fields.TEXT, query, text, whole ? 1 : MAX_PASSAGES);
      out[i] = s instanceof Snippet sn ? sn : whole ? new Snippet(text, List.of()) : lead(text);
    }
    return out;
  }

  private static Snippet lead(String text) {
    String t = text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + "…";
    return new Snippet(t.strip(), List.of());
  }

  /// Joins the best passages with " … " and records the match offsets relative to the snippet.
  private static final class Formatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      StringBuilder sb = new StringBuilder();
      List<Snippet.Span> spans = new ArrayList<>();
      for (Passage p : passages) {
        if (!sb.isEmpty()) {
          sb.append(" … ");
        }
        int base = sb.length() - p.getStartOffset();
        sb.append(content, p.getStartOffset(), p.getEndOffset());
        for (int m = 0; m < p.getNumMatches(); m++) {
          spans.add(new Snippet.Span(base + p.getMatchStarts()[m], base + p.getMatchEnds()[m]));
        }
      }
      return sb.isEmpty() ? null : new Snippet(sb.toString(), spans);
    }
  }
}
