package dev.relwb.rerank.model;

import static dev.relwb.rerank.model.XmodWeights.layer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import dev.relwb.rerank.runtime.WeightStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// `XmodOutput`: `dense(ffn) + residual`, then the language adapter block with its routing:
/// each row goes through the adapter of its own language (rows are grouped by language, run
/// per group and put back in row order). The LayerNorm before the adapter follows the config:
/// `adapter_layer_norm` (own LN) over `adapter_reuse_layer_norm` (the layer's `output.LayerNorm`)
/// over none; `ln_before_adapter` takes the residual after that LayerNorm, else before it.
final class XmodOutput {
  private final int index;
  private final NDArray denseW; // [H, I]
  private final NDArray denseB; // [H]
  private final NDArray lnW;    // [H]  output.LayerNorm
  private final NDArray lnB;    // [H]
  private final NDArray adapterLnW; // [H] or null
  private final NDArray adapterLnB; // [H] or null
  private final boolean reuseLn;
  private final boolean lnBeforeAdapter;
  private final float eps;

  XmodOutput(WeightStore w, XmodConfig c, int i) {
    index = i;
    denseW = w.shared(layer(i, "output.dense.weight"));
    denseB = w.shared(layer(i, "output.dense.bias"));
    lnW = w.shared(layer(i, "output.LayerNorm.weight"));
    lnB = w.shared(layer(i, "output.LayerNorm.bias"));
    adapterLnW = c.adapterLayerNorm() ? w.shared(layer(i, "output.adapter_layer_norm.weight")) : null;
    adapterLnB = c.adapterLayerNorm() ? w.shared(layer(i, "output.adapter_layer_norm.bias")) : null;
    reuseLn = c.adapterReuseLayerNorm();
    lnBeforeAdapter = c.lnBeforeAdapter();
    eps = (float) c.layerNormEps();
  }

  /// The layer's `output.LayerNorm` (also applied after the adapter in post-norm layers).
  NDArray layerNorm(NDArray x) {
    return Ops.layerNorm(x, lnW, lnB, eps);
  }

  /// `ffn` `[B, T, I]`, `residual` `[B, T, H]` → `[B, T, H]` after the adapter's residual add.
  NDArray forward(NDArray ffn, NDArray residual, String[] langs, Map<String, Map<String, NDArray>> groups,
                  XmodTrace trace) {
    NDArray h = Ops.linear(ffn, denseW, denseB).addi(residual);                   // [B, T, H]
    NDArray normed;
    if (adapterLnW != null) {
      normed = Ops.layerNorm(h, adapterLnW, adapterLnB, eps);                     // [B, T, H]
    } else if (reuseLn) {
      normed = layerNorm(h);                                                      // [B, T, H]
    } else {
      normed = h;                                                                 // [B, T, H]
    }
    NDArray adapterResidual = lnBeforeAdapter ? normed : h;                       // [B, T, H]
    trace.record("layer" + index + ".adapter_input", adapterResidual);
    NDArray u = route(normed, langs, groups);                                     // [B, T, H]
    trace.record("layer" + index + ".adapter_output", u);
    return u.add(adapterResidual);                                                // [B, T, H]
  }

  private NDArray route(NDArray x, String[] langs, Map<String, Map<String, NDArray>> groups) {
    Map<String, List<Integer>> rowsByLang = new LinkedHashMap<>();
    for (int r = 0; r < langs.length; r++) {
      rowsByLang.computeIfAbsent(langs[r], k -> new ArrayList<>()).add(r);
    }
    if (rowsByLang.size() == 1) {
      return new XmodAdapter(groups.get(langs[0]), index, langs[0]).forward(x);  // [B, T, H]
    }
    NDList parts = new NDList();
    long[] inverse = new long[langs.length];
    int at = 0;
    for (Map.Entry<String, List<Integer>> e : rowsByLang.entrySet()) {
      long[] rows = e.getValue().stream().mapToLong(Integer::longValue).toArray();
      for (long r : rows) {
        inverse[(int) r] = at++;
      }
      NDArray sub = x.get(new NDIndex("{}", x.getManager().create(rows)));        // [n, T, H]
      parts.add(new XmodAdapter(groups.get(e.getKey()), index, e.getKey()).forward(sub)); // [n, T, H]
    }
    NDArray grouped = NDArrays.concat(parts, 0);                                  // [B, T, H] by language
    return grouped.get(new NDIndex("{}", x.getManager().create(inverse)));        // [B, T, H] row order
  }
}
