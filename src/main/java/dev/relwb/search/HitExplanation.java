package dev.relwb.search;

import java.util.List;

/// Why a hit scored what it did: a value, a description and the parts it was computed from
/// (BM25: per term, idf × tf-norm with k1, b, field length). Our own record, so a remote engine's
/// explanation can be mapped into it too.
public record HitExplanation(double value, String description, List<HitExplanation> details) {
  /// Copies the list so the record stays immutable.
  public HitExplanation {
    details = List.copyOf(details);
  }

  /// The tree as indented lines, `value = description`, one level per two spaces.
  public String toText() {
    StringBuilder sb = new StringBuilder();
    append(sb, 0);
    return sb.toString();
  }

  private void append(StringBuilder sb, int depth) {
    sb.append("  ".repeat(depth)).append(String.format(java.util.Locale.ROOT, "%.6f", value)).append(" = ")
        .append(description).append('\n');
    details.forEach(d -> d.append(sb, depth + 1));
  }
}
