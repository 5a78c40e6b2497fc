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
}
