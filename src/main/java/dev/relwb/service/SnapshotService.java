package dev.relwb.service;

import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.judge.Snapshot;
import java.util.List;

/// Snapshots of a workspace's rankings and their diffs (see [Snapshots]).
public final class SnapshotService implements Snapshots {
  private final JudgmentService judgments;
  private final RunService runs;
  private final EvaluationService evaluation;
  private final QuerySetService querySets;

  /// Snapshots over the judgments store, ranking with `runs` and evaluating with `evaluation`.
  public SnapshotService(JudgmentService judgments, RunService runs, EvaluationService evaluation,
      QuerySetService querySets) {
    this.judgments = judgments;
    this.runs = runs;
    this.evaluation = evaluation;
    this.querySets = querySets;
  }

  private static WorkbenchException todo() {
    return new WorkbenchException("Snapshots are not available in this build yet");
  }

  @Override
  public Snapshot save(SnapshotRequest request, ProgressListener progress, CancelToken cancel) {
    throw todo();
  }

  @Override
  public List<Snapshot> list(String workspace) {
    throw todo();
  }

  @Override
  public SnapshotDiff diff(String workspace, String a, String b, int k, ProgressListener progress,
      CancelToken cancel) {
    throw todo();
  }

  @Override
  public void delete(String workspace, String name) {
    throw todo();
  }
}
