package dev.relwb.rerank.model;

import static dev.relwb.rerank.model.XmodWeights.embeddings;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import dev.relwb.rerank.runtime.WeightStore;

/// `XmodEmbeddings` (also XLM-R's and RoBERTa's, the same math): word + token-type(0) + RoBERTa
/// position embeddings, then LayerNorm.
/// Position ids come from the token ids (pads keep `pad_token_id`), not from the attention mask.
final class XmodEmbeddings implements Embeddings {
  private final NDArray word;      // [V, H]
  private final NDArray position;  // [P, H]
  private final NDArray tokenType; // [Y, H] (row 0 only is used)
  private final NDArray lnW;       // [H]
  private final NDArray lnB;       // [H]
  private final float eps;
  private final int padId;
  private final int hidden;

  XmodEmbeddings(WeightStore w, XmodConfig c) {
    word = w.shared(embeddings(c, "word_embeddings.weight"));
    position = w.shared(embeddings(c, "position_embeddings.weight"));
    tokenType = w.shared(embeddings(c, "token_type_embeddings.weight"));
    lnW = w.shared(embeddings(c, "LayerNorm.weight"));
    lnB = w.shared(embeddings(c, "LayerNorm.bias"));
    eps = (float) c.layerNormEps();
    padId = c.padTokenId();
    hidden = c.hiddenSize();
  }

  /// Embeds the batch; every result belongs to `scope`.
  @Override
  public NDArray forward(NDManager scope, XmodBatch b) {
    Shape bth = new Shape(b.batch(), b.seqLen(), hidden);
    NDArray ids = scope.create(b.ids());                                          // [B·T] int64
    NDArray pos = scope.create(b.positionIds(padId));                             // [B·T] int64
    NDArray words = word.get(scope, new NDIndex("{}", ids));                      // [B·T, H]
    NDArray positions = position.get(scope, new NDIndex("{}", pos));              // [B·T, H]
    NDArray type0 = tokenType.get(scope, new NDIndex("0"));                       // [H]
    NDArray e = words.addi(type0).addi(positions).reshape(bth);                  // [B, T, H]
    return Ops.layerNorm(e, lnW, lnB, eps);                                       // [B, T, H]
  }
}
