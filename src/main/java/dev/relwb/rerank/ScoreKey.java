package dev.relwb.rerank;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/// The score cache key of one pair: SHA-256 over the model identity, the language, the max length
/// and the pair's token ids. Equal inputs give equal keys; anything else gives another key.
public final class ScoreKey {
  private final byte[] sha;
  private final int hash;

  private ScoreKey(byte[] sha) {
    this.sha = sha;
    this.hash = Arrays.hashCode(sha);
  }

  /// The key for one pair.
  public static ScoreKey of(String modelId, String language, int maxLength, int[] ids) {
    MessageDigest md = sha256();
    md.update(modelId.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
    md.update(String.valueOf(language).getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
    ByteBuffer buf = ByteBuffer.allocate(4 * (ids.length + 2));
    buf.putInt(maxLength).putInt(ids.length);
    for (int id : ids) {
      buf.putInt(id);
    }
    md.update(buf.array());
    return new ScoreKey(md.digest());
  }

  /// A key read back from storage (32 bytes).
  static ScoreKey fromBytes(byte[] bytes) {
    return new ScoreKey(bytes.clone());
  }

  /// The 32 digest bytes (a copy).
  public byte[] bytes() {
    return sha.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreKey k && Arrays.equals(sha, k.sha);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return HexFormat.of().formatHex(sha);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
