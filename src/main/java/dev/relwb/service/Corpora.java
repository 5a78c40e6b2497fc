package dev.relwb.service;

import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/// Workspaces as the Corpus tab uses them: listing, importing sources with progress, deleting, and
/// the bundled sample corpus. Implemented by [IndexService]; a port so ViewModel tests can stand in.
public interface Corpora {
  /// Every workspace with its stats.
  @Blocking
  List<WorkspaceInfo> workspaces();

  /// Creates workspace `name` if needed and adds the source at `path` to it (folders incrementally);
  /// returns the workspace as it is afterwards.
  @Blocking
  WorkspaceInfo importSource(String name, SourceKind kind, Path path, ProgressListener progress, CancelToken cancel);

  /// Deletes workspace `name` with its index and judgments.
  @Blocking
  void delete(String name);

  /// The bundled sample corpus (BEIR layout), if this installation has one.
  Optional<Path> sampleCorpus();
}
