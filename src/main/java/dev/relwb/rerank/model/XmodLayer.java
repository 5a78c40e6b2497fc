package dev.relwb.rerank.model;

import ai.djl.ndarray.NDArray;
import dev.relwb.rerank.runtime.WeightStore;

/// `XmodLayer` (also the `RobertaLayer` / `BertLayer` of the adapter-free families): attention,
/// feed-forward, and `XmodOutput` (with the adapter block in X-MOD only).
/// Post-norm (xmod-base): the layer output is `output.LayerNorm` applied once more after the
/// adapter's residual add. Pre-norm: the FFN reads `output.LayerNorm(a)`, no final LayerNorm.
final class XmodLayer {
  private final int index;
  private final XmodAttention attention;
  private final XmodIntermediate intermediate;
  private final XmodOutput output;
  private final boolean preNorm;

  XmodLayer(WeightStore w, XmodConfig c, int i) {
    index = i;
    attention = new XmodAttention(w, c, i);
    intermediate = new XmodIntermediate(w, c, i);
    output = new XmodOutput(w, c, i);
    preNorm = c.preNorm();
  }

  /// `x` `[B, T, H]` → `[B, T', H]` (T' = 1 with `s.firstOnly()`: only `<s>` continues).
  NDArray forward(NDArray x, ForwardState s) {
    NDArray a = attention.forward(x, s);                                          // [B, T', H]
    s.trace().record("layer" + index + ".attention_output", a);
    NDArray f = intermediate.forward(preNorm ? output.layerNorm(a) : a, s);       // [B, T', I]
    s.trace().record("layer" + index + ".intermediate_output", f);
    NDArray h = output.forward(f, a, s);                                          // [B, T', H]
    return preNorm ? h : output.layerNorm(h);                                     // [B, T', H]
  }
}
