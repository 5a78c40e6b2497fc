package dev.relwb.ingest;

import dev.relwb.core.CancelToken;
import dev.relwb.core.Topic;
import java.util.List;

/// Where documents come from: a folder, a BEIR or MS MARCO collection, a JSONL file.
///
/// A source streams its documents into a sink (never holding the corpus in memory), skips bad
/// inputs with a reason instead of failing, and checks the cancel token between documents.
/// Collections may also carry topics and relevance-judgment files, returned after `read`.
public interface DocumentSource {
  /// A short description for reports, e.g. `BEIR /data/scifact`.
  String describe();

  /// Streams every document into `sink`; throws `WorkbenchException` only when the source as a
  /// whole cannot be read (missing folder, unreadable corpus file).
  void read(DocumentSink sink, CancelToken cancel);

  /// The queries that came with the source (empty for plain folders).
  default List<Topic> topics() {
    return List.of();
  }

  /// The relevance-judgment files that came with the source (empty for plain folders).
  default List<QrelsFile> qrelsFiles() {
    return List.of();
  }

  /// Whether this source is a folder that supports incremental re-indexing by file fingerprints
  /// (documents not seen in a read are deleted from the index).
  default boolean incremental() {
    return false;
  }
}
