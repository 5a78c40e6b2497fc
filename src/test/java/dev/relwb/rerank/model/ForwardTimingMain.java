package dev.relwb.rerank.model;

import dev.relwb.rerank.ModelLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/// Not a test: prints per-block timings of one forward pass on a full-size random xmod-base
/// checkpoint (written to `args[0]` if missing). Usage (from the project folder, after
/// `./mvnw test-compile`):
/// `java -cp target/test-classes:target/classes:$(cat cp.txt) dev.relwb.rerank.model.ForwardTimingMain DIR [BATCH] [LEN]`.
public final class ForwardTimingMain {
  private ForwardTimingMain() { }

  /// Entry point.
  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int len = args.length > 2 ? Integer.parseInt(args[2]) : 256;
    if (!Files.exists(dir.resolve("model.safetensors"))) {
      long t = System.nanoTime();
      RandomXmodCheckpoint.write(dir, XmodConfig.xmodBase(List.of("en_XX", "de_DE")), 42L);
      System.out.printf(Locale.ROOT, "wrote checkpoint in %.1f s%n", (System.nanoTime() - t) / 1e9);
    }
    long e0 = System.nanoTime();
    dev.relwb.rerank.runtime.DeviceSelector.select("cpu");
    System.out.printf(Locale.ROOT, "engine start %.2f s%n", (System.nanoTime() - e0) / 1e9);
    long t0 = System.nanoTime();
    try (XmodCrossEncoder m = ModelLoader.loadModel(dir, "cpu")) {
      System.out.printf(Locale.ROOT, "load %.2f s%n", (System.nanoTime() - t0) / 1e9);
      List<int[]> rows = rows(batch, len);
      List<String> langs = java.util.Collections.nCopies(batch, "de_DE");
      m.logits(rows, langs);  // warm-up, loads the adapters
      Map<String, Double> blocks = new LinkedHashMap<>();
      long[] last = {System.nanoTime()};
      long start = last[0];
      m.logits(rows, langs, (name, v) -> {
        long now = System.nanoTime();
        String key = name.replaceAll("layer\\d+", "layer*");
        blocks.merge(key, (now - last[0]) / 1e6, Double::sum);
        last[0] = now;
      });
      double full = (System.nanoTime() - start) / 1e6;
      blocks.merge("classifier (rest)", (System.nanoTime() - last[0]) / 1e6, Double::sum);
      System.out.printf(Locale.ROOT, "batch %d x %d tokens, full forward %.0f ms; per block (summed over layers):%n",
          batch, len, full);
      blocks.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-32s %8.1f ms%n", k, v));
      for (int i = 0; i < 3; i++) {
        long t = System.nanoTime();
        m.logits(rows, langs);
        double ms = (System.nanoTime() - t) / 1e6;
        System.out.printf(Locale.ROOT, "fast path (last layer first token only): %.0f ms = %.2f pairs/s%n", ms,
            batch * 1000.0 / ms);
      }
    }
  }

  private static List<int[]> rows(int batch, int len) {
    SplittableRandom r = new SplittableRandom(7);
    List<int[]> rows = new ArrayList<>();
    for (int b = 0; b < batch; b++) {
      int[] row = new int[len];
      for (int j = 0; j < len; j++) {
        row[j] = 4 + r.nextInt(250000);
      }
      row[0] = 0;
      row[len - 1] = 2;
      rows.add(row);
    }
    return rows;
  }
}
