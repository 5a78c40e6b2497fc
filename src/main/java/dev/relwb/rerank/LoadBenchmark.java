package dev.relwb.rerank;

import dev.relwb.rerank.model.XmodCrossEncoder;
import dev.relwb.rerank.runtime.DeviceSelector;
import dev.relwb.rerank.runtime.ProcessStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/// `relwb bench load`: writes (or reuses) a random xmod-base-shaped checkpoint with N languages,
/// loads it with one language selected, and times a switch to another language. Run it on the
/// inference thread.
public final class LoadBenchmark {
  private LoadBenchmark() { }

  /// The figures of one run.
  ///
  /// @param languages      languages in the checkpoint
  /// @param checkpointMb   size of `model.safetensors`
  /// @param written        whether the checkpoint was written by this run (then RSS peaks include writing)
  /// @param writeS         seconds spent writing it (0 when reused)
  /// @param engineS        seconds to start the PyTorch engine
  /// @param loadS          seconds to load the model with one language's adapters (page cache warm)
  /// @param materializedMb bytes the loader materialized, in MiB
  /// @param rssMb          resident memory right after loading (VmRSS)
  /// @param peakRssMb      peak resident memory of the process (VmHWM)
  /// @param switchS        seconds to make a second language ready (its adapters)
  /// @param firstForwardS  seconds of a first one-pair forward in the second language
  /// @param dir            the checkpoint folder
  public record Result(int languages, double checkpointMb, boolean written, double writeS, double engineS,
                       double loadS, double materializedMb, double rssMb, double peakRssMb, double switchS,
                       double firstForwardS, String dir) { }

  /// Runs the benchmark in `dir` with `languages` languages.
  public static Result run(Path dir, int languages) {
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
      return new Result(languages, size(dir.resolve("model.safetensors")), written, writeS, engineS, loadS,
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
