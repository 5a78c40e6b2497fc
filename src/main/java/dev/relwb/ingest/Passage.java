package dev.relwb.ingest;

/// One passage of a document: its 0-based index in the document, and the character offsets
/// `[start, end)` of its text in the document text.
public record Passage(String docId, int index, int start, int end, String text) {

  /// The passage id: the document id for a single-passage document, else `docId#index`.
  public String id(int passageCount) {
    return passageCount == 1 ? docId : docId + "#" + index;
  }
}
