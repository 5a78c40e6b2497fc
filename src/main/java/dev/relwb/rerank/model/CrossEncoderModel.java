package dev.relwb.rerank.model;

import dev.relwb.core.WorkbenchException;
import java.util.List;

/// A loaded cross-encoder that turns token-id rows into raw logits.
///
/// Used only by the inference executor's threads: its job thread, and its batch lanes when
/// [#parallelBatches()] says so. Rows are full model inputs as the model's tokenizer makes them
/// (`<s> q </s></s> p </s>`, `[CLS] q [SEP] p [SEP]`; special tokens included, unpadded); the model
/// pads a batch itself to its longest row. `langs` holds one exact language code of the model (e.g.
/// `fr_XX`) per row, or null entries for the model's default language; models without language
/// adapters ignore it.
public interface CrossEncoderModel extends AutoCloseable {
  /// Identity, languages and limits of the loaded checkpoint.
  ModelIdentity identity();

  /// Raw logits, one per row, in row order (with two labels, `l1 − l0`). Score = [#activation()] of it.
  float[] logits(List<int[]> rows, List<String> langs);

  /// Like [#logits(List, List)] with each row's token type (segment) ids, as the tokenizer gave them
  /// (`EncodedPair.typeIds()`; null, or null rows, when unknown). Models without token types ignore them.
  default float[] logits(List<int[]> rows, List<int[]> typeIds, List<String> langs) {
    return logits(rows, langs);
  }

  /// How a logit becomes a score (sigmoid unless the model's config names another).
  default ScoreActivation activation() {
    return ScoreActivation.SIGMOID;
  }

  /// The score of one logit: [#activation()] applied to it.
  default float score(float logit) {
    return activation().apply(logit);
  }

  /// How the large matrix products run; fp32 unless changed with [#usePrecision].
  default Precision precision() {
    return Precision.FP32;
  }

  /// Runs the large matrix products in `precision` from the next call on. A model that cannot refuses
  /// with a message that says why; the default model runs in fp32 only.
  default void usePrecision(Precision precision) {
    if (precision != Precision.FP32) {
      throw new WorkbenchException("This model computes in fp32 only, not " + precision.label());
    }
  }

  /// The identity the score cache keys this model's scores with: its id, plus the precision unless
  /// fp32 (so reduced-precision scores never stand in for fp32 ones, or the other way round).
  default String cacheId() {
    return precision() == Precision.FP32 ? identity().id() : identity().id() + "#" + precision().label();
  }

  /// Whether [#logits] may run on several threads at once (batches of one job on the executor's
  /// lanes, ADR 0009). The default is no: every batch then runs on the job's thread.
  default boolean parallelBatches() {
    return false;
  }

  /// Releases native memory and the weight maps.
  @Override
  void close();
}
