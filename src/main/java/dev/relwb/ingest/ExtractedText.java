package dev.relwb.ingest;

/// The title (may be empty) and plain text of one file.
public record ExtractedText(String title, String text) { }
