package dev.relwb.rerank.model;

import ai.djl.ndarray.NDArray;
import dev.relwb.rerank.runtime.WeightStore;

/// The head of `BertForSequenceClassification`: `classifier(BertPooler(x))`, with `classifier` one
/// linear layer (dropout is inactive at inference).
final class BertClassificationHead implements ClassifierHead {
  private final BertPooler pooler;
  private final NDArray outW; // [L, H]
  private final NDArray outB; // [L]

  BertClassificationHead(WeightStore w) {
    pooler = new BertPooler(w);
    outW = w.shared("classifier.weight");
    outB = w.shared("classifier.bias");
  }

  @Override
  public NDArray forward(NDArray x, ForwardState s) {
    NDArray pooled = pooler.forward(x, s);                                        // [B, H]
    return Ops.linear(pooled, outW, outB);                                        // [B, L]
  }
}
