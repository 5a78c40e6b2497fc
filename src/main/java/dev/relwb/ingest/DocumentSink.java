package dev.relwb.ingest;

/// Receives what a `DocumentSource` reads: documents, and inputs that were skipped with a reason.
public interface DocumentSink {
  /// A readable document.
  void accept(SourceDocument doc);

  /// An input (file, line) that was skipped; `reason` says why in words a user understands.
  void skipped(String input, String reason);

  /// A file that an incremental read found unchanged (same size and modification time as `known`
  /// said), so it was not read again.
  default void unchanged(String docId) { }
}
