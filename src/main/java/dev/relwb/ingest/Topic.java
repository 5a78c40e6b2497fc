package dev.relwb.ingest;

/// A query (topic) of a test collection: its id and text.
public record Topic(String id, String text) { }
