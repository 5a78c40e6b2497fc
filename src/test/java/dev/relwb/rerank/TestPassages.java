package dev.relwb.rerank;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/// Deterministic passages of varied length for rerank tests.
public final class TestPassages {
  private TestPassages() { }

  public static List<String> passages(int n, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int words = 5 + r.nextInt(120);
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < words; w++) {
        sb.append("w").append(r.nextInt(5000)).append(' ');
      }
      out.add(sb.toString());
    }
    return out;
  }
}
