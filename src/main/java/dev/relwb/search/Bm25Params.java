package dev.relwb.search;

import dev.relwb.core.WorkbenchException;

/// BM25's term-frequency saturation `k1` and length normalisation `b`. They apply at search time
/// (the index stores only length norms), so they can be changed without re-indexing.
public record Bm25Params(float k1, float b) {
  /// Lucene's and the literature's defaults.
  public static final Bm25Params DEFAULTS = new Bm25Params(1.2f, 0.75f);

  /// Rejects values outside `k1 ≥ 0`, `0 ≤ b ≤ 1`.
  public Bm25Params {
    if (!(k1 >= 0 && k1 < 100) || !(b >= 0 && b <= 1)) {
      throw new WorkbenchException("BM25 parameters out of range: k1 must be in [0, 100) and b in [0, 1], not k1="
          + k1 + " b=" + b);
    }
  }
}
