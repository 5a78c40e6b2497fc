package dev.relwb.rerank.model;

import static dev.relwb.rerank.model.XmodWeights.layer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import dev.relwb.rerank.runtime.WeightStore;
import java.util.Map;

/// `XmodOutput`, and with no adapters (XLM-R, RoBERTa, BERT) the plain `RobertaOutput` / `BertOutput`:
/// `dense(ffn) + residual` (the layer then applies `output.LayerNorm`). With adapters (X-MOD) the
/// sum goes on through the language adapter block with its routing:
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
  private final boolean adapters;
  private final boolean reuseLn;
  private final boolean lnBeforeAdapter;
  private final float eps;

  XmodOutput(WeightStore w, XmodConfig c, int i) {
    index = i;
    denseW = w.shared(layer(c, i, "output.dense.weight"));
    denseB = w.shared(layer(c, i, "output.dense.bias"));
    lnW = w.shared(layer(c, i, "output.LayerNorm.weight"));
    lnB = w.shared(layer(c, i, "output.LayerNorm.bias"));
    adapters = c.family().hasAdapters();
    adapterLnW = adapters && c.adapterLayerNorm() ? w.shared(layer(c, i, "output.adapter_layer_norm.weight")) : null;
    adapterLnB = adapters && c.adapterLayerNorm() ? w.shared(layer(c, i, "output.adapter_layer_norm.bias")) : null;
    reuseLn = c.adapterReuseLayerNorm();
    lnBeforeAdapter = c.lnBeforeAdapter();
    eps = (float) c.layerNormEps();
  }

  /// The layer's `output.LayerNorm` (also applied after the adapter in post-norm layers).
  NDArray layerNorm(NDArray x) {
    return Ops.layerNorm(x, lnW, lnB, eps);                                       // [B, T', H]
  }

  /// `ffn` `[B, T', I]`, `residual` `[B, T', H]` → `[B, T', H]`: after the adapter's residual add,
  /// or (no adapters) the sum before `output.LayerNorm`.
  NDArray forward(NDArray ffn, NDArray residual, ForwardState s) {
    NDArray h = s.matmul().linear(ffn, denseW, denseB).addi(residual);            // [B, T', H]
    if (!adapters) {
      return h;                                                                   // [B, T', H]
    }
    NDArray normed;
    if (adapterLnW != null) {
      normed = Ops.layerNorm(h, adapterLnW, adapterLnB, eps);                     // [B, T', H]
    } else if (reuseLn) {
      normed = layerNorm(h);                                                      // [B, T', H]
    } else {
      normed = h;                                                                 // [B, T', H]
    }
    NDArray adapterResidual = lnBeforeAdapter ? normed : h;                       // [B, T', H]
    s.trace().record("layer" + index + ".adapter_input", adapterResidual);
    NDArray u = route(normed, s);                                                 // [B, T', H]
    s.trace().record("layer" + index + ".adapter_output", u);
    return u.add(adapterResidual);                                                // [B, T', H]
  }

  /// Each row through the adapter of its own language: one adapter call per language present.
  private NDArray route(NDArray x, ForwardState s) {
    if (s.rowsByLang().size() == 1) {
      return adapter(s, s.langs()[0]).forward(x, s);                              // [B, T', H]
    }
    NDList parts = new NDList();
    for (Map.Entry<String, long[]> e : s.rowsByLang().entrySet()) {
      NDArray sub = x.get(new NDIndex("{}", x.getManager().create(e.getValue()))); // [Bl, T', H]
      parts.add(adapter(s, e.getKey()).forward(sub, s));                          // [Bl, T', H]
    }
    NDArray grouped = NDArrays.concat(parts, 0);                                  // [B, T', H] by language
    return grouped.get(new NDIndex("{}", x.getManager().create(s.rowOrder())));  // [B, T', H] row order
  }

  private XmodAdapter adapter(ForwardState s, String lang) {
    return new XmodAdapter(s.adapters().get(lang), index, lang);
  }
}
