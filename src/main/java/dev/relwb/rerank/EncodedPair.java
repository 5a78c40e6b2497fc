package dev.relwb.rerank;

/// One tokenized pair: the full input ids (specials included, unpadded), the number of query and
/// passage content tokens kept, and how many passage tokens truncation cut.
public record EncodedPair(int[] ids, int queryTokens, int passageTokens, int truncatedTokens) {
  /// Number of tokens the model will see.
  public int length() {
    return ids.length;
  }
}
