package dev.relwb.rerank.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/// The tensors a network needs, with their shapes: shared weights (always loaded) and named
/// groups that are loaded on demand (the per-language adapters of X-MOD).
///
/// @param shared weight key → shape
/// @param groups group name (language code) → weight key → shape
public record ExpectedWeights(Map<String, long[]> shared, Map<String, Map<String, long[]>> groups) {
  /// Copies both maps, keeping their order.
  public ExpectedWeights {
    shared = Collections.unmodifiableMap(new LinkedHashMap<>(shared));
    Map<String, Map<String, long[]>> g = new LinkedHashMap<>();
    groups.forEach((k, v) -> g.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    groups = Collections.unmodifiableMap(g);
  }

  /// Float32 bytes of the shared weights.
  public long sharedBytes() {
    return bytes(shared);
  }

  /// Float32 bytes of one group.
  public long groupBytes(String group) {
    return bytes(groups.getOrDefault(group, Map.of()));
  }

  private static long bytes(Map<String, long[]> m) {
    long total = 0;
    for (long[] s : m.values()) {
      long n = 1;
      for (long d : s) {
        n *= d;
      }
      total += n * Float.BYTES;
    }
    return total;
  }
}
