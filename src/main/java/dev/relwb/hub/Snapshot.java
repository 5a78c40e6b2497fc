package dev.relwb.hub;

import java.nio.file.Path;
import java.util.List;

/// A model as it sits in the hub cache: the repo and revision asked for, the commit it resolved to,
/// the snapshot folder (a ready model folder), the files in it (relative names, sorted), and how
/// many bytes this run transferred (0 when everything was cached).
public record Snapshot(ModelRef.Hub repo, String commit, Path folder, List<String> files, long bytesTransferred) {
  /// Copies the file list.
  public Snapshot {
    files = List.copyOf(files);
  }
}
