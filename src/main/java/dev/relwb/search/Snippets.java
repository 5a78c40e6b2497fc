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

/// Highlighted snippets of the passage text already loaded for a hit, made by Lucene's
/// `UnifiedHighlighter` without a searcher (the text is re-analysed with the query language's
/// analyzer; the query's `body_*` terms highlight it) and turned into our `Snippet` record.
final class Snippets {
  private static final int SNIPPET_CHARS = 180;
  private static final int MAX_PASSAGES = 2;

  private Snippets() { }

  /// Snippets for `docIds` (Lucene doc numbers), in the same order; a hit without a match gets
  /// the beginning of its text.
  static Snippet[] highlight(Analyzer analyzer, Query query, String[] texts) throws IOException {
    UnifiedHighlighter uh = UnifiedHighlighter.builderWithoutSearcher(analyzer)
        .withFieldMatcher(f -> f.startsWith(Fields.BODY_PREFIX))
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
        .withFormatter(new Formatter())
        .withMaxLength(200_000)
        .build();
    Snippet[] out = new Snippet[texts.length];
    for (int i = 0; i < texts.length; i++) {
      Object s = texts[i] == null ? null : uh.highlightWithoutSearcher(Fields.TEXT, query, texts[i], MAX_PASSAGES);
      out[i] = s instanceof Snippet sn ? sn : lead(texts[i] == null ? "" : texts[i]);
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
