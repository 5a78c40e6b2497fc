package dev.relwb.ingest;

/// One query of a query file (see [QueryFiles]): its id when the format has one (TREC `num`, BEIR `_id`;
/// null in Quepid CSV and text lists, whose queries are known by their text), its text, its language (null
/// when the file does not say), and its optional information need and notes (null when absent).
public record QueryEntry(String id, String text, String language, String infoNeed, String notes) {
  /// A blank language, information need or notes becomes null.
  public QueryEntry {
    language = blankToNull(language);
    infoNeed = blankToNull(infoNeed);
    notes = blankToNull(notes);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
