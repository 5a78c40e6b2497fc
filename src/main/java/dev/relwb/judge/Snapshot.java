package dev.relwb.judge;

import java.util.List;

/// A saved snapshot: the rankings of every list on screen for a whole query set at one time, each kept as a
/// saved run (`runName`s) with its metadata (models, adapters, template, BM25 k1/b, date).
///
/// @param name     the snapshot's name, unique in the workspace
/// @param querySet the query set it covers (null: the workspace's topics)
/// @param created  when it was taken (ISO-8601)
/// @param note     a free-text note (may be null)
/// @param lists    the lists it holds, in the order shown
public record Snapshot(String name, String querySet, String created, String note, List<SnapshotList> lists) {
  /// One list of a snapshot: its name as shown (`BM25`, `mono-XM`, `A/B fr_XX`, …) and the saved run.
  public record SnapshotList(String list, String runName) { }

  /// Copies the list.
  public Snapshot {
    lists = List.copyOf(lists);
  }

  /// The saved-run name of list `list` of snapshot `snapshot`.
  public static String runName(String snapshot, String list) {
    return "snapshot:" + snapshot + ":" + list;
  }
}
