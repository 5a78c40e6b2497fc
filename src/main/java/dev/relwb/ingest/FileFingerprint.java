package dev.relwb.ingest;

/// What incremental indexing compares: size and modification time first, then the content hash
/// (SHA-256, hex) when those changed.
public record FileFingerprint(long size, long mtimeMillis, String sha256) {

  /// Whether size and mtime are the same as `other`'s (the cheap check).
  public boolean sameStat(FileFingerprint other) {
    return other != null && size == other.size && mtimeMillis == other.mtimeMillis;
  }
}
