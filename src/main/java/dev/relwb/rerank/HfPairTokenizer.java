package dev.relwb.rerank;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.util.PairList;
import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// `PairTokenizer` over the model's own `tokenizer.json` (DJL HuggingFace tokenizers).
///
/// The Rust tokenizer is built once with truncation and padding off, so no length, stride or
/// padding option ever reaches it (bad combinations abort the JVM there). Each pair is encoded
/// whole with the file's pair template (`<s> q </s></s> p </s>`, BERT's `[CLS] q [SEP] p [SEP]` with
/// its token type ids), then cut here exactly as
/// `truncation="only_second"` cuts it: passage tokens are dropped from the end until the pair fits
/// `maxLength`. Unlike Hugging Face, which fails when the query leaves no room, a too-long query is
/// cut so that one passage token remains. `tokenizer_config.json` is passed when present so the
/// tokenizer knows the model's pad token.
public final class HfPairTokenizer implements PairTokenizer {
  private final Path dir;
  private final HuggingFaceTokenizer tokenizer;
  private final int maxTokens;

  private HfPairTokenizer(Path dir, HuggingFaceTokenizer tokenizer, int maxTokens) {
    this.dir = dir;
    this.tokenizer = tokenizer;
    this.maxTokens = maxTokens;
  }

  /// Loads `dir/tokenizer.json`; `maxTokens` is the model's limit (`max_position_embeddings - 2`).
  public static HfPairTokenizer open(Path dir, int maxTokens) {
    Path json = dir.resolve("tokenizer.json");
    if (!Files.isRegularFile(json)) {
      throw new WorkbenchException("Model folder " + dir + " has no tokenizer.json; download the model's"
          + " tokenizer files (tokenizer.json, tokenizer_config.json) next to config.json");
    }
    HuggingFaceTokenizer.Builder b = HuggingFaceTokenizer.builder().optTokenizerPath(json)
        .optAddSpecialTokens(true).optTruncation(false).optPadding(false);
    Path config = dir.resolve("tokenizer_config.json");
    if (Files.isRegularFile(config)) {
      b.optTokenizerConfigPath(config.toString());
    }
    try {
      return new HfPairTokenizer(dir, b.build(), maxTokens);
    } catch (IOException | RuntimeException e) {
      throw new WorkbenchException("Cannot load tokenizer " + json + " (" + e.getMessage()
          + "); the file may be corrupt, re-download it", e);
    }
  }

  /// The longest `maxLength` accepted.
  public int maxTokens() {
    return maxTokens;
  }

  @Override
  public List<EncodedPair> encode(List<String> queries, List<String> passages, int maxLength) {
    if (queries.size() != passages.size()) {
      throw new WorkbenchException("Got " + queries.size() + " queries but " + passages.size() + " passages");
    }
    if (maxLength < 5 || maxLength > maxTokens) {
      throw new WorkbenchException("Max length " + maxLength + " is out of range; use 5.." + maxTokens
          + " tokens for this model");
    }
    List<EncodedPair> out = new ArrayList<>(queries.size());
    if (queries.isEmpty()) {
      return out;
    }
    PairList<String, String> pairs = new PairList<>(queries.size());
    for (int i = 0; i < queries.size(); i++) {
      if (queries.get(i) == null || passages.get(i) == null) {
        throw new WorkbenchException("Pair " + i + " has no query or no passage text");
      }
      pairs.add(queries.get(i), passages.get(i));
    }
    Encoding[] enc;
    try {
      enc = tokenizer.batchEncode(pairs);
    } catch (RuntimeException e) {
      throw new WorkbenchException("The tokenizer of " + dir + " failed: " + e.getMessage(), e);
    }
    for (Encoding e : enc) {
      out.add(truncate(e.getIds(), e.getTypeIds(), e.getSequenceIds(), maxLength));
    }
    return out;
  }

  /// Cuts one untruncated pair encoding to `maxLength` the `only_second` way.
  static EncodedPair truncate(long[] ids, long[] seq, int maxLength) {
    return truncate(ids, null, seq, maxLength);
  }

  /// Cuts one untruncated pair encoding and its token types (or null) to `maxLength` the `only_second` way.
  static EncodedPair truncate(long[] ids, long[] types, long[] seq, int maxLength) {
    int q = 0;
    int p = 0;
    for (long s : seq) {
      if (s == 0) {
        q++;
      } else if (s == 1) {
        p++;
      }
    }
    int specials = ids.length - q - p;
    int room = maxLength - specials;
    int qKeep = q;
    int pKeep = p;
    if (q + p > room) {
      pKeep = room - q;
      if (pKeep < 1) {
        pKeep = Math.min(1, p);
        qKeep = room - pKeep;
      }
    }
    int[] row = new int[specials + qKeep + pKeep];
    int[] rowTypes = types == null ? null : new int[row.length];
    int n = 0;
    int qi = 0;
    int pi = 0;
    for (int i = 0; i < ids.length; i++) {
      boolean keep = seq[i] == 0 ? qi++ < qKeep : seq[i] != 1 || pi++ < pKeep;
      if (keep) {
        if (rowTypes != null) {
          rowTypes[n] = Math.toIntExact(types[i]);
        }
        row[n++] = Math.toIntExact(ids[i]);
      }
    }
    return new EncodedPair(row, qKeep, pKeep, p - pKeep, rowTypes);
  }

  @Override
  public void close() {
    tokenizer.close();
  }
}
