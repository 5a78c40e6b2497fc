package dev.relwb.rerank.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// Paths and JSON of the copied X-MOD oracle fixtures (`src/test/resources/models/xmod-tiny`).
public final class Fixtures {
  private Fixtures() { }

  /// The tiny model folder (or a subfolder such as `bf16`, `sharded`).
  public static Path tiny(String sub) {
    try {
      Path root = Path.of(Fixtures.class.getResource("/models/xmod-tiny/config.json").toURI()).getParent();
      return sub.isEmpty() ? root : root.resolve(sub);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /// Parses a JSON file.
  public static JsonNode json(Path p) {
    try {
      return Json.mapper().readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /// The unpadded rows of a golden case (input_ids cut at the attention mask).
  public static List<int[]> rows(JsonNode c) {
    List<int[]> rows = new ArrayList<>();
    JsonNode ids = c.get("input_ids");
    JsonNode mask = c.get("attention_mask");
    for (int r = 0; r < ids.size(); r++) {
      int n = 0;
      for (JsonNode m : mask.get(r)) {
        n += m.asInt();
      }
      int[] row = new int[n];
      for (int j = 0; j < n; j++) {
        row[j] = ids.get(r).get(j).asInt();
      }
      rows.add(row);
    }
    return rows;
  }

  /// The per-row language codes of a case.
  public static List<String> langs(JsonNode c) {
    List<String> l = new ArrayList<>();
    c.get("langs").forEach(n -> l.add(n.asText()));
    return l;
  }

  /// The expected logits of a case.
  public static float[] logits(JsonNode c) {
    JsonNode ls = c.get("logits");
    float[] r = new float[ls.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = (float) ls.get(i).get(0).asDouble();
    }
    return r;
  }
}
