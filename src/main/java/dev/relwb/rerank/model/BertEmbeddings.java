package dev.relwb.rerank.model;

import static dev.relwb.rerank.model.XmodWeights.embeddings;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import dev.relwb.rerank.runtime.WeightStore;

/// `BertEmbeddings`: word + token-type (segment) + absolute position embeddings, then LayerNorm.
/// Positions run from 0 in every row (not from the pad id as in RoBERTa); the token types come from
/// the tokenizer (`[CLS] q [SEP]` 0, `p [SEP]` 1), 0 on pads.
final class BertEmbeddings implements Embeddings {
  private final NDArray word;      // [V, H]
  private final NDArray position;  // [P, H]
  private final NDArray tokenType; // [Y, H]
  private final NDArray lnW;       // [H]
  private final NDArray lnB;       // [H]
  private final float eps;
  private final int hidden;

  BertEmbeddings(WeightStore w, XmodConfig c) {
    word = w.shared(embeddings(c, "word_embeddings.weight"));
    position = w.shared(embeddings(c, "position_embeddings.weight"));
    tokenType = w.shared(embeddings(c, "token_type_embeddings.weight"));
    lnW = w.shared(embeddings(c, "LayerNorm.weight"));
    lnB = w.shared(embeddings(c, "LayerNorm.bias"));
    eps = (float) c.layerNormEps();
    hidden = c.hiddenSize();
  }

  @Override
  public NDArray forward(NDManager scope, XmodBatch b) {
    Shape bth = new Shape(b.batch(), b.seqLen(), hidden);
    NDArray ids = scope.create(b.ids());                                          // [B·T] int64
    NDArray types = scope.create(b.typeIds());                                    // [B·T] int64
    NDArray pos = scope.create(b.positionIdsFromZero());                          // [B·T] int64
    NDArray words = word.get(scope, new NDIndex("{}", ids));                      // [B·T, H]
    NDArray segments = tokenType.get(scope, new NDIndex("{}", types));            // [B·T, H]
    NDArray positions = position.get(scope, new NDIndex("{}", pos));              // [B·T, H]
    NDArray e = words.addi(segments).addi(positions).reshape(bth);               // [B, T, H]
    return Ops.layerNorm(e, lnW, lnB, eps);                                       // [B, T, H]
  }
}
