package dev.relwb.service;

import dev.relwb.eval.EvalReport;
import java.util.List;

/// Two snapshots (or a snapshot and now) compared list by list.
///
/// @param a     the first snapshot's name
/// @param b     the second's, or `now`
/// @param k     the depth compared (top k)
/// @param lists one entry per list both hold
public record SnapshotDiff(String a, String b, int k, List<ListDiff> lists) {
  /// Copies the list.
  public SnapshotDiff {
    lists = List.copyOf(lists);
  }

  /// One list in both snapshots: per query what moved, and the metrics of both with paired tests (`report`
  /// compares run `a` (baseline) with run `b`).
  public record ListDiff(String list, List<QueryDiff> queries, EvalReport report) {
    /// Copies the list.
    public ListDiff {
      queries = List.copyOf(queries);
    }
  }

  /// One query: its documents in either top k with their ranks (0 = not in that top k), best first in `b`.
  public record QueryDiff(String topic, String text, List<DocMove> docs, int entered, int left) {
    /// Copies the list.
    public QueryDiff {
      docs = List.copyOf(docs);
    }
  }

  /// A document's rank in `a` and in `b` (0 = outside the top k).
  public record DocMove(String doc, int rankA, int rankB) {
    /// Rank change, positive = moved up in `b`; 0 when it entered or left.
    public int moved() {
      return rankA == 0 || rankB == 0 ? 0 : rankA - rankB;
    }
  }
}
