package dev.relwb.rerank.model;

import static dev.relwb.rerank.model.XmodWeights.adapter;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import java.util.Map;

/// `XmodAdapter` of one language in one layer: `dense2(gelu(dense1(x)))`, H → H/r → H.
/// Its weights come from the language's lazily loaded group in the `WeightStore`.
final class XmodAdapter {
  private final NDArray w1; // [H/r, H]
  private final NDArray b1; // [H/r]
  private final NDArray w2; // [H, H/r]
  private final NDArray b2; // [H]

  XmodAdapter(Map<String, NDArray> group, int layer, String lang) {
    w1 = group.get(adapter(layer, lang, "dense1.weight"));
    b1 = group.get(adapter(layer, lang, "dense1.bias"));
    w2 = group.get(adapter(layer, lang, "dense2.weight"));
    b2 = group.get(adapter(layer, lang, "dense2.bias"));
  }

  /// `[Bl, T', H]` → `[Bl, T', H]` (before the residual add); Bl = B when the batch has one language.
  NDArray forward(NDArray x, ForwardState s) {
    NDArray u = Activation.gelu(s.matmul().linear(x, w1, b1));                    // [Bl, T', H/r]
    return s.matmul().linear(u, w2, b2);                                           // [Bl, T', H]
  }
}
