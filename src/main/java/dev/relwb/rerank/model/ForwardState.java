package dev.relwb.rerank.model;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// What one forward pass carries besides the hidden states, built once per batch by
/// [XmodCrossEncoder] and passed down unchanged to every block's `forward(x, state)`. Shape letters
/// as in the package legend.
///
/// @param mask       additive attention mask `[B, 1, 1, T]`: 0 on real tokens, float32 min on pads
/// @param langs      adapter language code of each row `[B]`
/// @param rowsByLang the rows of each language, languages in order of first appearance
/// @param rowOrder   where each row lands when those groups are concatenated `[B]`
/// @param adapters   the adapter weights of each language in the batch, pinned for this call
/// @param firstOnly  whether the layer computes only the first token (`<s>`, all the head reads): asked
///                   for the whole call, and kept by [XmodEncoder] for the last layer only
/// @param trace      receives named intermediates ([XmodTrace#NONE] for none)
/// @param matmul     how the encoder's large products run (fp32 in libtorch, or 16-bit inputs in MKL)
record ForwardState(NDArray mask, String[] langs, Map<String, long[]> rowsByLang, long[] rowOrder,
                    Map<String, Map<String, NDArray>> adapters, boolean firstOnly, XmodTrace trace,
                    Matmul matmul) {

  /// The state of one batch; groups the rows by language once for the adapter routing of every layer.
  static ForwardState of(NDArray mask, String[] langs, Map<String, Map<String, NDArray>> adapters,
                         boolean firstOnly, XmodTrace trace, Matmul matmul) {
    Map<String, List<Integer>> grouped = new LinkedHashMap<>();
    for (int r = 0; r < langs.length; r++) {
      grouped.computeIfAbsent(langs[r], k -> new ArrayList<>()).add(r);
    }
    Map<String, long[]> rowsByLang = new LinkedHashMap<>();
    long[] rowOrder = new long[langs.length];
    int at = 0;
    for (Map.Entry<String, List<Integer>> e : grouped.entrySet()) {
      long[] rows = e.getValue().stream().mapToLong(Integer::longValue).toArray();
      for (long r : rows) {
        rowOrder[(int) r] = at++;
      }
      rowsByLang.put(e.getKey(), rows);
    }
    return new ForwardState(mask, langs, rowsByLang, rowOrder, adapters, firstOnly, trace, matmul);
  }

  /// This state for a layer that computes every token.
  ForwardState allTokens() {
    return firstOnly ? new ForwardState(mask, langs, rowsByLang, rowOrder, adapters, false, trace, matmul) : this;
  }
}
