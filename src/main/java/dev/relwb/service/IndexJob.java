package dev.relwb.service;

import java.nio.file.Path;
import java.util.List;

/// What to index into a workspace: folders (`paths`, with include/exclude globs), or one
/// collection (`beir`, `msmarco` or `jsonl` with its field names, or `trecDocs`, a file or folder of TREC
/// `<DOC>` records). `language` is a code or `auto` (detect per document). `passageWords` 0 keeps documents
/// whole; null means the default (documents whole for BEIR, MS MARCO and JSONL, which come pre-split, the
/// workspace's ~200 words for folders and TREC documents, which are whole articles). A file's
/// document id is its path relative to its folder, prefixed with the folder's name when several
/// folders are given.
public record IndexJob(String workspace, List<Path> paths, Path beir, Path msmarco, Path jsonl, Path trecDocs,
    JsonlFields jsonlFields, String language, List<String> includes, List<String> excludes,
    Integer passageWords, Double passageOverlap, long maxFileBytes) {

  /// Default size limit of one file: 64 MB.
  public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

  /// The field names of a JSONL corpus; `language` may be null.
  public record JsonlFields(String id, String title, String text, String language) {
    /// BEIR's names.
    public static JsonlFields beir() {
      return new JsonlFields("_id", "title", "text", null);
    }
  }

  /// Fills defaults and copies lists.
  public IndexJob {
    paths = paths == null ? List.of() : List.copyOf(paths);
    includes = includes == null ? List.of() : List.copyOf(includes);
    excludes = excludes == null ? List.of() : List.copyOf(excludes);
    jsonlFields = jsonlFields == null ? JsonlFields.beir() : jsonlFields;
    language = language == null || language.isBlank() ? "auto" : language;
    maxFileBytes = maxFileBytes <= 0 ? DEFAULT_MAX_FILE_BYTES : maxFileBytes;
  }

  /// Indexes folders with default settings.
  public static IndexJob folders(String workspace, List<Path> paths, String language) {
    return new IndexJob(workspace, paths, null, null, null, null, null, language, null, null, null, null, 0);
  }

  /// Imports a BEIR collection with default settings.
  public static IndexJob beir(String workspace, Path dir, String language) {
    return new IndexJob(workspace, null, dir, null, null, null, null, language, null, null, null, null, 0);
  }

  /// Imports an MS MARCO collection with default settings.
  public static IndexJob msmarco(String workspace, Path dir, String language) {
    return new IndexJob(workspace, null, null, dir, null, null, null, language, null, null, null, null, 0);
  }

  /// Imports TREC documents (a file or a folder of files) with default settings.
  public static IndexJob trecDocs(String workspace, Path path, String language) {
    return new IndexJob(workspace, null, null, null, null, path, null, language, null, null, null, null, 0);
  }
}
