package dev.relwb.rerank.model;

import static dev.relwb.rerank.model.XmodWeights.layer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import dev.relwb.rerank.runtime.WeightStore;

/// `XmodSelfAttention`: multi-head scaled dot-product attention with an additive key mask.
/// Q, K and V are computed by one fused linear (`[3H, H]`, concatenated once at load, with the
/// 1/√d score scale folded into the query part).
/// With `firstOnly` (the last layer, when only the head reads it), only the first token's query is kept
/// (the classifier reads only `<s>`).
final class XmodSelfAttention {
  private final NDArray qkvW;  // [3H, H]
  private final NDArray qkvB;  // [3H]
  private final int heads;
  private final int headSize;
  private final int hidden;

  XmodSelfAttention(WeightStore w, XmodConfig c, int i) {
    String p = "attention.self.";
    heads = c.numAttentionHeads();
    headSize = c.headSize();
    hidden = c.hiddenSize();
    // 1/√d is folded into the query weights and bias once here instead of scaling q in every batch;
    // for d = 64 the factor is 1/8, a power of two, so the logits are bit-for-bit the same
    float scale = (float) (1.0 / Math.sqrt(headSize));
    NDArray qw = w.shared(layer(c, i, p + "query.weight")).mul(scale);                // [H, H]
    NDArray qb = w.shared(layer(c, i, p + "query.bias")).mul(scale);                  // [H]
    NDArray kw = w.shared(layer(c, i, p + "key.weight"));                             // [H, H]
    NDArray vw = w.shared(layer(c, i, p + "value.weight"));                           // [H, H]
    qkvW = NDArrays.concat(new NDList(qw, kw, vw), 0);                             // [3H, H]
    NDArray kb = w.shared(layer(c, i, p + "key.bias"));                               // [H]
    NDArray vb = w.shared(layer(c, i, p + "value.bias"));                             // [H]
    qkvB = NDArrays.concat(new NDList(qb, kb, vb), 0);                             // [3H]
    qw.close();
    qb.close();
  }

  /// `x` `[B, T, H]` → context `[B, T', H]`, with T' = 1 when `s.firstOnly()`.
  NDArray forward(NDArray x, ForwardState s) {
    long b = x.getShape().get(0);
    long t = x.getShape().get(1);
    NDList qkv = s.matmul().linear(x, qkvW, qkvB).split(3, 2);                    // 3 × [B, T, H]
    NDArray q = s.firstOnly() ? qkv.get(0).get(new NDIndex(":, 0:1, :")) : qkv.get(0); // [B, T', H]
    long tq = q.getShape().get(1);
    q = q.reshape(b, tq, heads, headSize).transpose(0, 2, 1, 3);                  // [B, nh, T', d], scaled by 1/√d
    NDArray kT = qkv.get(1).reshape(b, t, heads, headSize).transpose(0, 2, 3, 1); // [B, nh, d, T]
    NDArray v = qkv.get(2).reshape(b, t, heads, headSize).transpose(0, 2, 1, 3);  // [B, nh, T, d]
    // the two [B, nh, T', T] tensors are the largest of a layer: each is freed as soon as it is used
    NDArray scores = q.matMul(kT).addi(s.mask());                                 // [B, nh, T', T]
    NDArray probs = scores.softmax(-1);                                           // [B, nh, T', T]
    scores.close();
    NDArray ctx = probs.matMul(v);                                                // [B, nh, T', d]
    probs.close();
    return ctx.transpose(0, 2, 1, 3).reshape(b, tq, hidden);                      // [B, T', H]
  }
}
