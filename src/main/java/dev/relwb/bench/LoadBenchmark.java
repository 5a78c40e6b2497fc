package dev.relwb.bench;

import dev.relwb.rerank.ModelLoader;
import dev.relwb.rerank.model.XmodCrossEncoder;
import dev.relwb.rerank.runtime.DeviceSelector;
import dev.relwb.service.LoadBenchReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/// `relwb bench load`: writes (or reuses) a random xmod-base-shaped checkpoint with N languages,
/// loads it with one language selected, and times a switch to another language. Run it on the
/// inference thread.
public final class LoadBenchmark {
  private LoadBenchmark() { }

  /// Runs the benchmark in `dir` with `languages` languages.
  public static LoadBenchReport run(Path dir, int languages) {
    long t = System.nanoTime();
    boolean written = BenchModels.ensureRandomXmodBase(dir, languages);
    double writeS = written ? seconds(t) : 0;
    t = System.nanoTime();
    DeviceSelector.configureThreads(0);
    double engineS = seconds(t);
    String first = BenchModels.XMOD_LANGUAGES.get(0);
    String second = BenchModels.XMOD_LANGUAGES.get(Math.min(languages - 1, 7));
    t = System.nanoTime();
    try (XmodCrossEncoder model = ModelLoader.loadModel(dir, "cpu")) {
      model.preload(List.of(first));
      double loadS = seconds(t);
      double materialized = model.weights().bytesMaterialized() / 1048576.0;
      double rss = ProcessStats.rssMb();
      t = System.nanoTime();
      model.preload(List.of(second));
      double switchS = seconds(t);
      t = System.nanoTime();
      model.logits(List.of(new int[] {0, 100, 200, 2, 2, 300, 400, 2}), List.of(second));
      double forwardS = seconds(t);
      return new LoadBenchReport(languages, size(dir.resolve("model.safetensors")), written, writeS, engineS, loadS,
          materialized, rss, ProcessStats.peakRssMb(), switchS, forwardS, dir.toString());
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static double size(Path p) {
    try {
      return Files.size(p) / 1048576.0;
    } catch (java.io.IOException e) {
      return -1;
    }
  }
}
