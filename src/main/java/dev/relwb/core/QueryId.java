package dev.relwb.core;

import java.util.Objects;

/// A query (topic) id, an exact case-sensitive string as in TREC files (`01` is not `1`).
public record QueryId(String value) implements Comparable<QueryId> {
  /// Rejects null and blank ids.
  public QueryId {
    Objects.requireNonNull(value, "query id");
    if (value.isBlank()) {
      throw new WorkbenchException("A query id must not be blank");
    }
  }

  @Override
  public int compareTo(QueryId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
