package dev.relwb.rerank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// A whitespace tokenizer with the XLM-R pair layout `<s> q </s></s> p </s>` (ids 0 and 2), words
/// mapped to ids ≥ 4 by hash; only the passage is truncated. A stand-in for the model's tokenizer.json.
public final class FakePairTokenizer implements PairTokenizer {
  @Override
  public List<EncodedPair> encode(List<String> queries, List<String> passages, int maxLength) {
    List<EncodedPair> out = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      int[] q = ids(queries.get(i));
      int[] p = ids(passages.get(i));
      int keep = Math.max(0, Math.min(p.length, maxLength - q.length - 4));
      int[] row = new int[q.length + keep + 4];
      row[0] = 0;
      System.arraycopy(q, 0, row, 1, q.length);
      row[q.length + 1] = 2;
      row[q.length + 2] = 2;
      System.arraycopy(p, 0, row, q.length + 3, keep);
      row[row.length - 1] = 2;
      out.add(new EncodedPair(row, q.length, keep, p.length - keep));
    }
    return out;
  }

  private static int[] ids(String text) {
    String t = text.toLowerCase(Locale.ROOT).trim();
    if (t.isEmpty()) {
      return new int[0];
    }
    return java.util.Arrays.stream(t.split("\\s+")).mapToInt(w -> 4 + Math.floorMod(w.hashCode(), 250_000)).toArray();
  }

  @Override
  public void close() { }
}
