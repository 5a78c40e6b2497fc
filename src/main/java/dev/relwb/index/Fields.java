package dev.relwb.index;

/// The field names of a passage in the index. Every passage is one Lucene document; its
/// searchable text (title + newline + passage text) goes into exactly one `body_<key>` field,
/// where `key` names the analyzer of the passage's language (see `AnalyzerFactory`).
public final class Fields {
  /// Passage id (`docId` or `docId#n`); stored, indexed as one term, and a sorted doc value
  /// (read for every candidate hit without decompressing stored fields).
  public static final String ID = "id";
  /// Parent document id; stored, indexed as one term (deletes), and a sorted doc value (collapsing).
  public static final String DOC_ID = "doc_id";
  /// 0-based passage number within the document; stored.
  public static final String PASSAGE = "passage";
  /// Number of passages of the document; stored.
  public static final String PASSAGES = "passages";
  /// Character offsets of the passage in the document text; stored.
  public static final String START = "start";
  /// End offset (exclusive); stored.
  public static final String END = "end";
  /// Document title; stored.
  public static final String TITLE = "title";
  /// Passage text; stored (snippets are highlighted from it).
  public static final String TEXT = "text";
  /// Source file path, when the document came from a file; stored.
  public static final String PATH = "path";
  /// Language code of the document; stored, indexed as one term.
  public static final String LANG = "lang";
  /// Marks the first passage of a document (`"1"`), which carries the file fingerprint.
  public static final String FIRST = "first";
  /// File size, modification time and SHA-256 of the source file; stored on the first passage.
  public static final String FILE_SIZE = "file_size";
  /// Modification time in epoch milliseconds.
  public static final String FILE_MTIME = "file_mtime";
  /// SHA-256 of the file content, hex.
  public static final String FILE_SHA256 = "file_sha256";
  /// Prefix of the analysed text fields.
  public static final String BODY_PREFIX = "body_";

  private Fields() { }

  /// The analysed text field for analyzer key `key`, e.g. `body_en`.
  public static String body(String key) {
    return BODY_PREFIX + key;
  }
}
