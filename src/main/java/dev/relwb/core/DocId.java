package dev.relwb.core;

import java.util.Objects;

/// A document id as the corpus names it (case-sensitive, compared as an exact string).
public record DocId(String value) implements Comparable<DocId> {
  /// Rejects null and blank ids.
  public DocId {
    Objects.requireNonNull(value, "doc id");
    if (value.isBlank()) {
      throw new WorkbenchException("A document id must not be blank");
    }
  }

  @Override
  public int compareTo(DocId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
