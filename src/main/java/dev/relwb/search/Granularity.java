package dev.relwb.search;

/// Whether hits are passages, or documents (each document represented by its best passage).
public enum Granularity {
  /// One hit per passage.
  PASSAGES,
  /// One hit per document: its best-scoring passage.
  DOCUMENTS
}
