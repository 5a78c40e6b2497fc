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
/// `java -cp target/test-classes:target/classes:$(cat cp.txt) dev.relwb.rerank.model.ForwardTimingMain DIR [BATCH] [LEN]`
/// (`-Dthreads=N` sets the PyTorch threads, default 1; thread CPU time is exact only with 1 thread).
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
    dev.relwb.rerank.runtime.DeviceSelector.configureThreads(Integer.getInteger("threads", 1));
    System.out.printf(Locale.ROOT, "engine start %.2f s%n", (System.nanoTime() - e0) / 1e9);
    probe(batch * len);
    probeAttention(batch, len);
    long t0 = System.nanoTime();
    try (XmodCrossEncoder m = ModelLoader.loadModel(dir, "cpu")) {
      System.out.printf(Locale.ROOT, "load %.2f s%n", (System.nanoTime() - t0) / 1e9);
      List<int[]> rows = rows(batch, len);
      List<String> langs = java.util.Collections.nCopies(batch, m.languages().defaultCode());
      m.logits(rows, langs);  // warm-up, loads the adapters
      Map<String, Double> blocks = new LinkedHashMap<>();
      Map<String, Double> cpuBlocks = new LinkedHashMap<>();
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      long[] last = {System.nanoTime(), mx.getCurrentThreadCpuTime()};
      long start = last[0];
      m.logits(rows, langs, (name, v) -> {
        long now = System.nanoTime();
        long cpu = mx.getCurrentThreadCpuTime();
        String key = name.replaceAll("layer\\d+", "layer*");
        blocks.merge(key, (now - last[0]) / 1e6, Double::sum);
        cpuBlocks.merge(key, (cpu - last[1]) / 1e6, Double::sum);
        last[0] = now;
        last[1] = cpu;
      });
      double full = (System.nanoTime() - start) / 1e6;
      blocks.merge("classifier (rest)", (System.nanoTime() - last[0]) / 1e6, Double::sum);
      cpuBlocks.merge("classifier (rest)", (mx.getCurrentThreadCpuTime() - last[1]) / 1e6, Double::sum);
      System.out.printf(Locale.ROOT, "batch %d x %d tokens, full forward %.0f ms; per block (summed over layers):%n",
          batch, len, full);
      System.out.printf(Locale.ROOT, "  %-32s %8s %10s%n", "block", "wall ms", "thread-cpu ms");
      blocks.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-32s %8.1f %10.1f%n", k, v, cpuBlocks.get(k)));
      for (int i = 0; i < 3; i++) {
        long t = System.nanoTime();
        m.logits(rows, langs);
        double ms = (System.nanoTime() - t) / 1e6;
        System.out.printf(Locale.ROOT, "fast path (last layer first token only): %.0f ms = %.2f pairs/s%n", ms,
            batch * 1000.0 / ms);
      }
    }
  }

  /// Prints the rate of the bare fused linear (addmm) and GELU at the FFN shape, the ceiling the blocks compare to.
  private static void probe(int tokens) {
    try (ai.djl.ndarray.NDManager nd = ai.djl.ndarray.NDManager.newBaseManager()) {
      ai.djl.ndarray.NDArray x = nd.randomNormal(new ai.djl.ndarray.types.Shape(tokens, 768));
      ai.djl.ndarray.NDArray w = nd.randomNormal(new ai.djl.ndarray.types.Shape(3072, 768));
      ai.djl.ndarray.NDArray b = nd.randomNormal(new ai.djl.ndarray.types.Shape(3072));
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      for (int rep = 0; rep < 3; rep++) {
        try (ai.djl.ndarray.NDManager s = nd.newSubManager()) {
          long c0 = mx.getCurrentThreadCpuTime();
          ai.djl.ndarray.NDArray y = Ops.linear(x, w, b);
          y.attach(s);
          long c1 = mx.getCurrentThreadCpuTime();
          ai.djl.nn.Activation.gelu(y).attach(s);
          long c2 = mx.getCurrentThreadCpuTime();
          System.out.printf(Locale.ROOT, "probe addmm [%d,768]x[768,3072]: %.1f ms thread-cpu = %.1f GFLOP/s; gelu %.1f ms%n",
              tokens, (c1 - c0) / 1e6, 2.0 * tokens * 768 * 3072 / (c1 - c0), (c2 - c1) / 1e6);
        }
      }
    }
  }

  /// Prints the thread CPU time of each attention step at `[b, 12 heads, t, 64]`.
  private static void probeAttention(int b, int t) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    try (ai.djl.ndarray.NDManager nd = ai.djl.ndarray.NDManager.newBaseManager()) {
      ai.djl.ndarray.NDArray qkv = nd.randomNormal(new ai.djl.ndarray.types.Shape(b, t, 2304));
      ai.djl.ndarray.NDArray mask = nd.zeros(new ai.djl.ndarray.types.Shape(b, 1, 1, t));
      for (int rep = 0; rep < 3; rep++) {
        try (ai.djl.ndarray.NDManager s = nd.newSubManager()) {
          qkv.attach(s);
          long[] c = new long[8];
          c[0] = mx.getCurrentThreadCpuTime();
          ai.djl.ndarray.NDList parts = qkv.split(3, 2);
          ai.djl.ndarray.NDArray q = parts.get(0).mul(0.125f).reshape(b, t, 12, 64).transpose(0, 2, 1, 3);
          c[1] = mx.getCurrentThreadCpuTime();
          ai.djl.ndarray.NDArray kT = parts.get(1).reshape(b, t, 12, 64).transpose(0, 2, 3, 1);
          ai.djl.ndarray.NDArray v = parts.get(2).reshape(b, t, 12, 64).transpose(0, 2, 1, 3);
          ai.djl.ndarray.NDArray sc = q.matMul(kT);
          c[2] = mx.getCurrentThreadCpuTime();
          sc.addi(mask);
          c[3] = mx.getCurrentThreadCpuTime();
          ai.djl.ndarray.NDArray p = sc.softmax(-1);
          c[4] = mx.getCurrentThreadCpuTime();
          ai.djl.ndarray.NDArray ctx = p.matMul(v);
          c[5] = mx.getCurrentThreadCpuTime();
          ctx.transpose(0, 2, 1, 3).reshape(b, t, 768);
          c[6] = mx.getCurrentThreadCpuTime();
          ai.djl.ndarray.NDArray q3 = parts.get(0).mul(0.125f).reshape(b, t, 12, 64).transpose(0, 2, 1, 3).reshape(b * 12, t, 64);
          ai.djl.ndarray.NDArray k3 = parts.get(1).reshape(b, t, 12, 64).transpose(0, 2, 1, 3).reshape(b * 12, t, 64);
          ai.djl.ndarray.NDArray v3 = parts.get(2).reshape(b, t, 12, 64).transpose(0, 2, 1, 3).reshape(b * 12, t, 64);
          c[7] = mx.getCurrentThreadCpuTime();
          ai.djl.ndarray.NDArray sc3 = q3.batchMatMul(k3.transpose(0, 2, 1));
          long d1 = mx.getCurrentThreadCpuTime();
          ai.djl.ndarray.NDArray p3 = sc3.reshape(b, 12, t, t).addi(mask).softmax(-1).reshape(b * 12, t, t);
          long d2 = mx.getCurrentThreadCpuTime();
          ai.djl.ndarray.NDArray ctx3 = p3.batchMatMul(v3);
          long d3 = mx.getCurrentThreadCpuTime();
          long e0 = mx.getCurrentThreadCpuTime();
          for (int i = 0; i < b * 12; i++) {
            q3.get(i).matMul(k3.get(i).transpose());
          }
          long e1 = mx.getCurrentThreadCpuTime();
          for (int i = 0; i < b * 12; i++) {
            p3.get(i).matMul(v3.get(i));
          }
          long e2 = mx.getCurrentThreadCpuTime();
          System.out.printf(Locale.ROOT, "  variant per-head 2D: qk %.1f, pv %.1f ms%n", (e1 - e0) / 1e6, (e2 - e1) / 1e6);
          qkv.attach(nd);
          System.out.printf(Locale.ROOT, "  variant 3D: copies %.1f, qk %.1f, mask+softmax %.1f, pv %.1f ms%n",
              (c[7] - c[6]) / 1e6, (d1 - c[7]) / 1e6, (d2 - d1) / 1e6, (d3 - d2) / 1e6);
          System.out.printf(Locale.ROOT, "probe attention %dx%d: q %.1f, qk %.1f, mask %.1f, softmax %.1f, pv %.1f, merge %.1f ms%n",
              b, t, (c[1] - c[0]) / 1e6, (c[2] - c[1]) / 1e6, (c[3] - c[2]) / 1e6, (c[4] - c[3]) / 1e6,
              (c[5] - c[4]) / 1e6, (c[6] - c[5]) / 1e6);
        }
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
