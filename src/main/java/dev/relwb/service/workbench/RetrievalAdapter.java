package dev.relwb.service.workbench;

import dev.relwb.core.DocId;
import dev.relwb.core.WorkbenchException;
import dev.relwb.service.SearchQuery;
import dev.relwb.service.SearchResults;
import dev.relwb.service.SearchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// `Retrieval` over the index branch's `SearchService`: document-level BM25 with snippets, and
/// the document pane's details (re-searched with an explanation).
final class RetrievalAdapter implements Retrieval {
  private final SearchService search;
  private volatile double k1 = Double.NaN;
  private volatile double b = Double.NaN;

  RetrievalAdapter(SearchService search) {
    this.search = search;
  }

  @Override
  public void setBm25(double newK1, double newB) {
    k1 = newK1;
    b = newB;
  }

  @Override
  public SearchOutcome search(String workspace, String query, String language, int k) {
    SearchResults r = search.search(workspace, query(query, language, k, false));
    List<String> notices = new ArrayList<>(r.notices());
    if (r.hits().isEmpty() && !"en".equals(r.language()) && (language == null || language.equals("auto"))) {
      // short queries are often mis-detected ("water" → af): analyse as English rather than find nothing
      String detected = r.language();
      r = search.search(workspace, query(query, "en", k, false));
      notices.add("No hits for the detected language '" + detected + "': analysed as English; pick the adapter"
          + " language to change it");
    }
    List<Hit> hits = new ArrayList<>(r.hits().size());
    for (SearchResults.Hit h : r.hits()) {
      hits.add(new Hit(new DocId(h.docId()), h.rank(), h.score(), h.title(), marked(h), h.language(), h.id(),
          h.text()));
    }
    notices.addAll(r.notices().stream().filter(n -> !notices.contains(n)).toList());
    return new SearchOutcome(hits, r.language() == null ? "" : r.language(), String.join(" · ", notices));
  }

  private SearchQuery query(String text, String language, int k, boolean explain) {
    String lang = language == null || language.isBlank() ? "auto" : language;
    return new SearchQuery(text, lang, k, false, true, explain, Double.isNaN(k1) ? null : k1,
        Double.isNaN(b) ? null : b);
  }

  /// The snippet with its highlighted ranges wrapped in `<b>…</b>` (the rest escaped).
  static String marked(SearchResults.Hit h) {
    String s = h.snippet() == null ? abbreviate(h.text()) : h.snippet();
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (SearchResults.Span span : h.highlights()) {
      if (span.start() < at || span.end() > s.length()) {
        continue;
      }
      out.append(escape(s.substring(at, span.start()))).append("<b>")
          .append(escape(s.substring(span.start(), span.end()))).append("</b>");
      at = span.end();
    }
    return out.append(escape(s.substring(at))).toString();
  }

  private static String abbreviate(String text) {
    String t = text == null ? "" : text.strip();
    return t.length() <= 240 ? t : t.substring(0, 240) + "…";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public DocumentDetail document(String workspace, Hit hit, String query) {
    SearchResults r = search.search(workspace, query(query, hit.language(), Math.max(10, hit.rank() + 5), true));
    SearchResults.Hit h = r.hits().stream().filter(x -> x.docId().equals(hit.doc().value())).findFirst()
        .orElse(null);
    if (h == null) {
      r = search.search(workspace, query(query, "auto", Math.max(100, hit.rank() + 20), true));
      h = r.hits().stream().filter(x -> x.docId().equals(hit.doc().value())).findFirst()
          .orElseThrow(() -> new WorkbenchException("Document " + hit.doc() + " is no longer in the index: search again"));
    }
    String explanation = h.explanation() == null ? "(no explanation)" : h.explanation().toText();
    String docText = h.passages() <= 1 ? h.text()
        : String.format(Locale.ROOT, "(This document has %d passages; the best-matching one, passage %d, is shown.)%n%n%s",
            h.passages(), h.passage() + 1, h.text());
    return new DocumentDetail(hit.doc(), h.title(), h.text(), docText, h.path(), h.language(), h.start(), h.end(),
        explanation);
  }
}
