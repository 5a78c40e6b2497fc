package dev.relwb.rerank.model;

import ai.djl.ndarray.NDArray;
import dev.relwb.rerank.runtime.WeightStore;
import java.util.Map;

/// `XmodLayer`: attention, feed-forward, and the adapter block of `XmodOutput`.
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
    intermediate = new XmodIntermediate(w, i);
    output = new XmodOutput(w, c, i);
    preNorm = c.preNorm();
  }

  /// `x` `[B, T, H]` → `[B, T', H]` (T' = 1 with `firstOnly`: only `<s>` continues).
  NDArray forward(NDArray x, NDArray mask, String[] langs, Map<String, Map<String, NDArray>> groups,
                  boolean firstOnly, XmodTrace trace) {
    NDArray a = attention.forward(x, mask, firstOnly);                            // [B, T', H]
    trace.record("layer" + index + ".attention_output", a);
    NDArray f = intermediate.forward(preNorm ? output.layerNorm(a) : a);          // [B, T', I]
    trace.record("layer" + index + ".intermediate_output", f);
    NDArray h = output.forward(f, a, langs, groups, trace);                       // [B, T', H]
    return preNorm ? h : output.layerNorm(h);                                     // [B, T', H]
  }
}
