package dev.relwb.ui;

import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.judge.Snapshot;
import dev.relwb.service.SnapshotDiff;
import dev.relwb.service.SnapshotRequest;
import dev.relwb.service.Snapshots;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/// Snapshots in memory for ViewModel and window tests; `diff` answers with [#nextDiff].
public final class FakeSnapshots implements Snapshots {
  /// Every call.
  public final List<String> calls = new CopyOnWriteArrayList<>();
  private final List<Snapshot> saved = new CopyOnWriteArrayList<>();
  /// Every request `save` was given, in order.
  public final List<SnapshotRequest> requests = new CopyOnWriteArrayList<>();
  /// What [#diff] returns (null = an error).
  public volatile SnapshotDiff nextDiff;

  @Override
  public Snapshot save(SnapshotRequest request, ProgressListener progress, CancelToken cancel) {
    calls.add("save " + request.name() + " " + request.querySet());
    requests.add(request);
    List<String> names = new java.util.ArrayList<>(List.of("BM25"));
    if (request.depth() > 0) {
      (request.adapters().isEmpty() ? List.of("auto") : request.adapters()).forEach(l -> names.add("mono-XM " + l));
    }
    Snapshot s = new Snapshot(request.name(), request.querySet(), "2026-12-06T00:00:00Z", request.note(),
        names.stream().map(l -> new Snapshot.SnapshotList(l, Snapshot.runName(request.name(), l))).toList());
    saved.add(s);
    return s;
  }

  @Override
  public List<Snapshot> list(String workspace) {
    return List.copyOf(saved);
  }

  @Override
  public SnapshotDiff diff(String workspace, String a, String b, int k, ProgressListener progress,
      CancelToken cancel) {
    calls.add("diff " + a + " " + b + " " + k);
    if (nextDiff == null) {
      throw new WorkbenchException("No diff prepared in this fake");
    }
    return nextDiff;
  }

  @Override
  public void delete(String workspace, String name) {
    calls.add("delete " + name);
    saved.removeIf(s -> s.name().equals(name));
  }
}
