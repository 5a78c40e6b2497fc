package dev.relwb.eval;

/// One judgment line of a qrels file: the query (a topic id, or the query text for Quepid CSV),
/// the document id, the integer grade, and the 1-based line it was read from (0 if not from a file).
public record QrelsRow(String query, String doc, int grade, int line) { }
