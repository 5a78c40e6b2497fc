package dev.relwb.eval;

/// One line of a TREC run for one topic: the document, its score and the rank column as written
/// (the rank column is kept for display only; `trec_eval` ignores it).
public record RunEntry(String doc, double score, int rankColumn) { }
