package dev.relwb.eval;

import java.util.Map;

/// One document of a judging pool.
///
/// @param topic    the topic
/// @param doc      the document id
/// @param bestRank its best (smallest) 1-based rank over the lists
/// @param ranks    its rank in each list that has it in the top k (list name → 1-based rank), in the
///                 order the lists were given
/// @param judged   whether it is judged already
public record PooledDoc(String topic, String doc, int bestRank, Map<String, Integer> ranks, boolean judged) {
  /// Copies the ranks so the record stays immutable (keeping their order).
  public PooledDoc {
    ranks = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ranks));
  }
}
