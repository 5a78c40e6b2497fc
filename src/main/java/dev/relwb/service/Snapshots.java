package dev.relwb.service;

import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.judge.Snapshot;
import java.util.List;

/// Snapshots and their diffs (Quepid 8.4) as the window and `relwb snapshot save|list|diff` use them.
/// Implemented by [SnapshotService]; a port so ViewModel tests can stand in.
public interface Snapshots {
  /// Ranks every query of the request's set with every list (first stage, and the loaded reranker per
  /// adapter when `depth` > 0) and stores the rankings as runs with their metadata, in one transaction.
  @Blocking
  Snapshot save(SnapshotRequest request, ProgressListener progress, CancelToken cancel);

  /// The workspace's snapshots, oldest first.
  @Blocking
  List<Snapshot> list(String workspace);

  /// Compares snapshot `a` with snapshot `b` (null = now: the same lists ranked again with the current
  /// settings, model and index): per list and query the rank moves, documents entering and leaving the top
  /// `k`, and per metric the mean Δ with paired tests, on the workspace's current judgments.
  @Blocking
  SnapshotDiff diff(String workspace, String a, String b, int k, ProgressListener progress, CancelToken cancel);

  /// Deletes a snapshot and its runs.
  @Blocking
  void delete(String workspace, String name);
}
