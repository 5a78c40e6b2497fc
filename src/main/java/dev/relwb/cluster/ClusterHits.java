package dev.relwb.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.search.Highlight;
import dev.relwb.search.Hit;
import dev.relwb.search.HitExplanation;
import dev.relwb.search.Snippet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/// Turns what a cluster returns into our records: field values (dotted paths, arrays joined), the
/// highlighter's marked text into a `Snippet` with spans, an explanation tree into `HitExplanation`,
/// and lists into the TREC order (score desc, then id desc) with ranks 1, 2, 3, …
final class ClusterHits {
  /// Marks the start of a highlighted range; a private-use character no text is expected to hold.
  static final String PRE = "\uE000";
  /// Marks the end of a highlighted range.
  static final String POST = "\uE001";
  /// Characters of a snippet (the local index's snippets are about as long).
  static final int SNIPPET_CHARS = 180;
  private static final String GAP = " … ";

  private ClusterHits() { }

  /// The text of `field` in `source` (`a.b` walks into objects; array values are joined by newlines), or
  /// null when absent.
  static String field(JsonNode source, String field) {
    if (field == null || source == null) {
      return null;
    }
    JsonNode n = source.get(field);
    if (n == null && field.contains(".")) {
      n = source;
      for (String part : field.split("\\.")) {
        n = n.path(part);
      }
    }
    if (n == null || n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      List<String> parts = new ArrayList<>();
      n.forEach(x -> parts.add(x.isValueNode() ? x.asText() : x.toString()));
      return String.join("\n", parts);
    }
    return n.isValueNode() ? n.asText() : n.toString();
  }

  /// The snippet from the highlighter's `fragments` (joined by ` … `, markers turned into spans), or the
  /// start of `text` without spans when nothing was highlighted; null when no highlight was asked for.
  static Snippet snippet(Highlight mode, List<String> fragments, String text) {
    if (mode == Highlight.NONE) {
      return null;
    }
    if (fragments.isEmpty()) {
      String t = text == null ? "" : mode == Highlight.FULL_TEXT || text.length() <= SNIPPET_CHARS ? text
          : text.substring(0, SNIPPET_CHARS) + "…";
      return new Snippet(t, List.of());
    }
    StringBuilder sb = new StringBuilder();
    List<Snippet.Span> spans = new ArrayList<>();
    String sep = mode == Highlight.FULL_TEXT ? "\n" : GAP;
    for (String f : fragments) {
      if (!sb.isEmpty()) {
        sb.append(sep);
      }
      int start = -1;
      for (int i = 0; i < f.length(); i++) {
        char c = f.charAt(i);
        if (c == PRE.charAt(0)) {
          start = sb.length();
        } else if (c == POST.charAt(0)) {
          if (start >= 0 && sb.length() > start) {
            spans.add(new Snippet.Span(start, sb.length()));
          }
          start = -1;
        } else {
          sb.append(c);
        }
      }
    }
    return new Snippet(sb.toString(), spans);
  }

  /// The explanation tree `{value, description, details[]}` (OpenSearch `_explanation`, Solr's structured
  /// `debug.explain`), or null.
  static HitExplanation explanation(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull() || !node.has("value")) {
      return null;
    }
    List<HitExplanation> details = new ArrayList<>();
    node.path("details").forEach(d -> {
      HitExplanation x = explanation(d);
      if (x != null) {
        details.add(x);
      }
    });
    return new HitExplanation(node.path("value").asDouble(), node.path("description").asText(""), details);
  }

  /// A document hit (one passage spanning the whole text) as the local index would give it.
  static Hit hit(String id, String title, String text, String lang, double score, Snippet snippet,
      HitExplanation explanation) {
    String t = text == null ? "" : text;
    return new Hit(0, id, id, 0, 1, title, t, null, lang, 0, t.length(), score, snippet, explanation);
  }

  /// `hits` in TREC order (score desc, id desc, as `core.Ranking.TREC_ORDER`), first occurrence of an id kept, ranked from 1.
  static List<Hit> ranked(List<Hit> hits) {
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort(Comparator.comparingDouble((Hit h) -> -h.score()).thenComparing(Hit::docId, Comparator.reverseOrder()));
    List<Hit> out = new ArrayList<>(sorted.size());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Hit h : sorted) {
      if (seen.add(h.docId())) {
        out.add(h.withRank(out.size() + 1));
      }
    }
    return out;
  }
}
