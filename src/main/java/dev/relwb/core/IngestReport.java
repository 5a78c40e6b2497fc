package dev.relwb.core;

import java.util.List;
import java.util.Map;

/// What one indexing run did: counts per kind of change, passages written, the languages seen,
/// and every input that was skipped with its reason. Written as `ingest-report.json` in the
/// workspace.
///
/// For an incremental folder run, `added` are new files, `changed` files whose content hash
/// changed, `unchanged` files skipped by size+mtime or equal hash, `deleted` files gone from the
/// folder. For a collection import every document counts as `added` (or `changed` when its id
/// was already indexed).
public record IngestReport(String source, String started, double seconds, long added, long changed,
    long unchanged, long deleted, long passages, long chars, Map<String, Long> languages,
    List<Skipped> skipped, int topics, int qrels, boolean cancelled) {

  /// One skipped input and why.
  public record Skipped(String input, String reason) { }

  /// Copies the collections so the record stays immutable.
  public IngestReport {
    languages = Map.copyOf(languages);
    skipped = List.copyOf(skipped);
  }

  /// The documents read and indexed in this run (added + changed).
  public long indexed() {
    return added + changed;
  }
}
