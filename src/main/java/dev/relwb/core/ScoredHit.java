package dev.relwb.core;

/// One ranked hit: the document, its 1-based rank and its score in one ranking.
public record ScoredHit(DocId doc, int rank, double score) { }
