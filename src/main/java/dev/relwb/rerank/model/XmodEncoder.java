package dev.relwb.rerank.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.relwb.rerank.runtime.WeightStore;
import java.util.ArrayList;
import java.util.List;

/// `XmodEncoder` (the encoder of every family): the stack of layers (plus the final `roberta.encoder.LayerNorm` when
/// `pre_norm`). Each layer runs in its own NDManager scope that is closed when the layer ends,
/// so at most one layer's intermediates are alive at a time.
final class XmodEncoder {
  private final List<XmodLayer> layers = new ArrayList<>();
  private final NDArray finalLnW; // [H] or null
  private final NDArray finalLnB; // [H] or null
  private final float eps;

  XmodEncoder(WeightStore w, XmodConfig c) {
    for (int i = 0; i < c.numHiddenLayers(); i++) {
      layers.add(new XmodLayer(w, c, i));
    }
    finalLnW = c.preNorm() ? w.shared(XmodWeights.ROBERTA + "encoder.LayerNorm.weight") : null;
    finalLnB = c.preNorm() ? w.shared(XmodWeights.ROBERTA + "encoder.LayerNorm.bias") : null;
    eps = (float) c.layerNormEps();
  }

  /// `x` `[B, T, H]` (owned by `scope`) → `[B, T', H]` owned by `scope`; T' = 1 with
  /// `s.firstOnly()` (the last layer then computes only the first token's output). `x` is freed.
  NDArray forward(NDManager scope, NDArray x, ForwardState s) {
    NDArray h = x;                                                                // [B, T, H]
    ForwardState inner = s.allTokens();
    for (int i = 0; i < layers.size(); i++) {
      boolean last = i == layers.size() - 1;
      try (NDManager layerScope = scope.newSubManager()) {
        h.attach(layerScope);                                                      // freed with the layer
        NDArray out = layers.get(i).forward(h, last ? s : inner);                  // [B, T', H]
        if (last && finalLnW != null) {
          out = Ops.layerNorm(out, finalLnW, finalLnB, eps);                       // [B, T', H]
        }
        s.trace().record("layer" + i + "_output", out);
        out.attach(scope);
        h = out;
      }
    }
    return h;
  }
}
