package dev.relwb.ui.team;

import dev.relwb.service.SnapshotDiff;
import java.util.stream.Collectors;

/// How a document's rank move between two snapshots is written: `▲n` (up n places in B), `▼n` (down),
/// `=` (same rank), `+` (entered B's top k), `−` (left it).
public final class Moves {
  private Moves() { }

  /// The kind of a move, also the style class of its marker.
  public enum Kind { UP, DOWN, SAME, ENTERED, LEFT }

  /// The kind of `m`.
  public static Kind kind(SnapshotDiff.DocMove m) {
    if (m.rankA() == 0) {
      return Kind.ENTERED;
    }
    if (m.rankB() == 0) {
      return Kind.LEFT;
    }
    return m.moved() > 0 ? Kind.UP : m.moved() < 0 ? Kind.DOWN : Kind.SAME;
  }

  /// The marker of `m`: `▲3`, `▼2`, `=`, `+` or `−`.
  public static String marker(SnapshotDiff.DocMove m) {
    return switch (kind(m)) {
      case UP -> "▲" + m.moved();
      case DOWN -> "▼" + -m.moved();
      case SAME -> "=";
      case ENTERED -> "+";
      case LEFT -> "−";
    };
  }

  /// The query's documents with their markers as one line: `d9 ▲3 · d2 = · d7 + · d5 −`.
  public static String line(SnapshotDiff.QueryDiff q) {
    return q.docs().stream().map(d -> d.doc() + " " + marker(d)).collect(Collectors.joining(" · "));
  }
}
