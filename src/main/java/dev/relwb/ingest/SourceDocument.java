package dev.relwb.ingest;

import dev.relwb.core.WorkbenchException;

/// One document read from a source, before passage splitting.
///
/// `path` is the file it came from (null for collection imports), `language` an ISO 639-1 code
/// given by the import (null when it must be detected), and `fingerprint` identifies the file
/// version for incremental re-indexing (null for collection imports).
public record SourceDocument(String id, String title, String text, String path, String language,
    FileFingerprint fingerprint) {

  /// Rejects a blank id; null title/text become empty strings.
  public SourceDocument {
    if (id == null || id.isBlank()) {
      throw new WorkbenchException("A document without an id was found" + (path == null ? "" : " in " + path));
    }
    title = title == null ? "" : title;
    text = text == null ? "" : text;
  }

  /// A collection document (no file, no fingerprint).
  public static SourceDocument of(String id, String title, String text, String language) {
    return new SourceDocument(id, title, text, null, language, null);
  }
}
