package dev.relwb.service;

import dev.relwb.eval.EvalReport;
import java.util.List;

/// Two snapshots (or a snapshot and now) compared list by list.
///
/// @param a     the first snapshot's name
/// @param b     the second's, or `now`
/// @param k     the depth compared (top k)
/// @param lists one entry per list both hold (by list name), in the order of `a`
public record SnapshotDiff(String a, String b, int k, List<ListDiff> lists) {
  /// Copies the list.
  public SnapshotDiff {
    lists = List.copyOf(lists);
  }

  /// One list in both snapshots: per query what moved, and the metrics of both with paired tests (`report`
  /// compares run `a` (baseline) with run `b`, over all their documents, on the workspace's current
  /// judgments, as `relwb eval` compares the two saved runs; null when either run has no query with a graded
  /// judgment yet).
  public record ListDiff(String list, List<QueryDiff> queries, EvalReport report) {
    /// Copies the list.
    public ListDiff {
      queries = List.copyOf(queries);
    }
  }

  /// One query: its documents in either top k with their ranks (0 = not in that top k), best first in `b`,
  /// then those that left, by their rank in `a`; `entered` and `left` count the documents that came into
  /// and went out of the top k.
  public record QueryDiff(String topic, String text, List<DocMove> docs, int entered, int left) {
    /// Copies the list.
    public QueryDiff {
      docs = List.copyOf(docs);
    }

    /// Whether any document entered, left or changed rank.
    public boolean changed() {
      return entered > 0 || left > 0 || docs.stream().anyMatch(d -> d.rankA() != d.rankB());
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
