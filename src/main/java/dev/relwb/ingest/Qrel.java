package dev.relwb.ingest;

/// One relevance judgment line of a test collection: query id, document id, graded relevance.
public record Qrel(String queryId, String docId, int relevance) { }
