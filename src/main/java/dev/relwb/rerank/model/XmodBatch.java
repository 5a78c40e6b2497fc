package dev.relwb.rerank.model;

import dev.relwb.core.WorkbenchException;
import java.util.List;

/// A right-padded batch built from unpadded rows: ids `[B, T]` flat, real lengths, per-row
/// language codes, and the RoBERTa position ids derived from the token ids.
///
/// @param ids       `[B·T]` token ids, pads = `pad_token_id`
/// @param batch     B
/// @param seqLen    T (longest row)
/// @param lengths   real length of each row (attention mask = 1 on `[0, length)`)
/// @param langs     exact language code per row
record XmodBatch(long[] ids, int batch, int seqLen, int[] lengths, String[] langs) {

  /// Pads `rows` with `padId`; checks sizes and ids against the config.
  static XmodBatch of(List<int[]> rows, String[] langs, XmodConfig c) {
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
    return new XmodBatch(ids, b, t, lengths, langs);
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
