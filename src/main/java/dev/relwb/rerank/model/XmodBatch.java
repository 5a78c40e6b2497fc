package dev.relwb.rerank.model;

import dev.relwb.core.WorkbenchException;
import java.util.List;

/// A right-padded batch built from unpadded rows: ids `[B, T]` flat, real lengths, per-row
/// language codes, token types (segments), and the position ids (RoBERTa's derived from the token
/// ids, or BERT's from 0).
///
/// @param ids       `[B·T]` token ids, pads = `pad_token_id`
/// @param typeIds   `[B·T]` token type (segment) ids, 0 on pads
/// @param batch     B
/// @param seqLen    T (longest row)
/// @param lengths   real length of each row (attention mask = 1 on `[0, length)`)
/// @param langs     exact language code per row
record XmodBatch(long[] ids, long[] typeIds, int batch, int seqLen, int[] lengths, String[] langs) {

  /// Pads `rows` with `padId`; checks sizes and ids against the config. `types` holds each row's token
  /// type ids (`Encoding.getTypeIds()`), or is null: then a BERT row is split after its first
  /// separator (the token that ends the row, `[CLS] q [SEP] p [SEP]` → 0 on `[CLS] q [SEP]`, 1 after)
  /// and the other families use type 0 throughout.
  static XmodBatch of(List<int[]> rows, List<int[]> types, String[] langs, XmodConfig c) {
    if (rows.isEmpty()) {
      throw new WorkbenchException("Nothing to score: the batch has no rows");
    }
    int t = 0;
    for (int[] r : rows) {
      if (r.length == 0 || r.length > c.maxTokens()) {
        throw new WorkbenchException("A row has " + r.length + " tokens; the model accepts 1.." + c.maxTokens());
      }
      t = Math.max(t, r.length);
    }
    int b = rows.size();
    long[] ids = new long[b * t];
    int[] lengths = new int[b];
    java.util.Arrays.fill(ids, c.padTokenId());
    for (int i = 0; i < b; i++) {
      int[] r = rows.get(i);
      lengths[i] = r.length;
      for (int j = 0; j < r.length; j++) {
        if (r[j] < 0 || r[j] >= c.vocabSize()) {
          throw new WorkbenchException("Token id " + r[j] + " in row " + i + " is outside the vocabulary (0.."
              + (c.vocabSize() - 1) + "); was the text tokenized with this model's tokenizer?");
        }
        ids[i * t + j] = r[j];
      }
    }
    long[] typeIds = new long[b * t];
    for (int i = 0; i < b; i++) {
      int[] r = rows.get(i);
      int[] ty = types == null ? null : types.get(i);
      if (ty != null && ty.length != r.length) {
        throw new WorkbenchException("Row " + i + " has " + r.length + " tokens but " + ty.length + " token types");
      }
      boolean second = false;
      for (int j = 0; j < r.length; j++) {
        int type = ty != null ? ty[j] : second ? 1 : 0;
        if (type < 0 || type >= c.typeVocabSize()) {
          throw new WorkbenchException("Token type " + type + " in row " + i + " is outside 0.."
              + (c.typeVocabSize() - 1) + " (type_vocab_size)");
        }
        typeIds[i * t + j] = type;
        second |= c.family() == Family.BERT && r[j] == r[r.length - 1];
      }
    }
    return new XmodBatch(ids, typeIds, b, t, lengths, langs);
  }

  /// BERT positions: `0, 1, …, T-1` in every row (pads included, masked anyway), `[B·T]`.
  long[] positionIdsFromZero() {
    long[] pos = new long[ids.length];
    for (int k = 0; k < pos.length; k++) {
      pos[k] = k % seqLen;
    }
    return pos;
  }

  /// RoBERTa positions: `cumsum(id != pad) · (id != pad) + pad`, row by row, `[B·T]`.
  long[] positionIds(int padId) {
    long[] pos = new long[ids.length];
    for (int i = 0; i < batch; i++) {
      long count = 0;
      for (int j = 0; j < seqLen; j++) {
        int k = i * seqLen + j;
        if (ids[k] != padId) {
          count++;
          pos[k] = count + padId;
        } else {
          pos[k] = padId;
        }
      }
    }
    return pos;
  }

  /// Additive attention mask `[B·T]`: 0 on real tokens, float32 min on padding.
  float[] additiveMask() {
    float[] m = new float[ids.length];
    for (int i = 0; i < batch; i++) {
      for (int j = lengths[i]; j < seqLen; j++) {
        m[i * seqLen + j] = -Float.MAX_VALUE;
      }
    }
    return m;
  }
}
