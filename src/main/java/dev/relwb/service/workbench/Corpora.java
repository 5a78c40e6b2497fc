package dev.relwb.service.workbench;

import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/// Workspaces: listing, importing sources with progress, and the bundled sample corpus.
public interface Corpora {
  /// Every workspace with its stats.
  @dev.relwb.service.Blocking
  List<WorkspaceInfo> list();

  /// Creates workspace `name` if needed and adds the source at `path` to it (incremental).
  @dev.relwb.service.Blocking
  WorkspaceInfo importSource(String name, SourceKind kind, Path path, ProgressListener progress,
      CancelToken cancel);

  /// Deletes workspace `name` with its index and judgments.
  @dev.relwb.service.Blocking
  void delete(String name);

  /// The bundled sample corpus (BEIR layout), if this installation has one.
  Optional<Path> sampleCorpus();
}
