package dev.relwb.rerank;

/// One tokenized pair: the full input ids (specials included, unpadded), the number of query and
/// passage content tokens kept, how many passage tokens truncation cut, and the token type (segment)
/// ids the tokenizer gave (`[CLS] q [SEP]` 0, `p [SEP]` 1 for BERT; all 0 for XLM-R), or null when
/// unknown (the model then derives them).
public record EncodedPair(int[] ids, int queryTokens, int passageTokens, int truncatedTokens, int[] typeIds) {
  /// A pair without token types.
  public EncodedPair(int[] ids, int queryTokens, int passageTokens, int truncatedTokens) {
    this(ids, queryTokens, passageTokens, truncatedTokens, null);
  }

  /// Number of tokens the model will see.
  public int length() {
    return ids.length;
  }
}
