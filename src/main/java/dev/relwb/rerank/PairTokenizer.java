package dev.relwb.rerank;

import java.util.List;

/// Turns (query, passage) pairs into model inputs with the model's own `tokenizer.json`:
/// `<s> q </s></s> p </s>`, only the passage truncated, at most `maxLength` tokens.
/// Options are validated before the native tokenizer sees them.
public interface PairTokenizer extends AutoCloseable {
  /// Encodes each pair (same index in both lists), unpadded.
  List<EncodedPair> encode(List<String> queries, List<String> passages, int maxLength);

  @Override
  void close();
}
