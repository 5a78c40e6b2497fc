package dev.relwb.cluster;

import dev.relwb.core.WorkbenchException;

/// Which cluster fields hold a document's id, title, text and (optionally) language.
///
/// @param id    the id field; `_id` (OpenSearch's document id) by default
/// @param title the title field, or null when documents have none
/// @param text  the text field: what is shown, highlighted, and passed to the reranker
/// @param lang  the language-code field, or null
public record ClusterFields(String id, String title, String text, String lang) {
  /// Requires a text field; defaults the id field to `_id` (OpenSearch) — Solr callers pass `id`.
  public ClusterFields {
    id = blank(id) ? "_id" : id.strip();
    title = blank(title) ? null : title.strip();
    lang = blank(lang) ? null : lang.strip();
    if (blank(text)) {
      throw new WorkbenchException("A cluster workspace needs a text field: give --text-field (e.g. body)");
    }
    text = text.strip();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
