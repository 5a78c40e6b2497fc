package dev.relwb.bench;

import dev.relwb.core.CancelToken;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.eval.RankAgreement;
import dev.relwb.rerank.CrossEncoderReranker;
import dev.relwb.rerank.EncodedPair;
import dev.relwb.rerank.RerankListener;
import dev.relwb.rerank.RerankOutcome;
import dev.relwb.rerank.RerankParams;
import dev.relwb.rerank.ScoredPair;
import dev.relwb.rerank.model.CrossEncoderModel;
import dev.relwb.rerank.model.Precision;
import dev.relwb.rerank.model.PrecisionChoice;
import dev.relwb.rerank.runtime.CpuFeatures;
import dev.relwb.rerank.runtime.DeviceSelector;
import dev.relwb.rerank.runtime.InferenceExecutor;
import dev.relwb.rerank.runtime.MklDispatch;
import dev.relwb.rerank.runtime.ModelShape;
import dev.relwb.service.PrecisionComparison;
import dev.relwb.service.RerankBenchReport;
import java.util.List;
import java.util.function.Supplier;

/// Times the production rerank path on a token-id workload: the model is loaded on the inference
/// thread with the requested thread count and precision, the whole workload is scored once untimed (the
/// warm-up pass: the first forwards, heap growth and page faults, as in the app's first rerank after
/// start), then once more, timed, through [CrossEncoderReranker] (same batching, lanes and truncation as
/// the app, score cache off). The timed pass is what every rerank after the first one costs in the app.
/// With `compare`, fp32 and the reduced precision are each warmed up, then timed in alternating passes.
public final class RerankBenchmark {
  private static final int COMPARE_ROUNDS = 2;

  private RerankBenchmark() { }

  /// How to run: threads in all (≤ 0: all cores) over `lanes` batch lanes (≤ 0: automatic), the batching
  /// `params`, the reference batching after the timed pass, the precision (`fp32`, `fp16`, `bf16`,
  /// `auto`), whether to compare it with fp32, and the name of what is loaded, for the report.
  public record Setup(int threads, int lanes, RerankParams params, boolean reference, String precision,
                      boolean compare, String model) { }

  private record Pass(RerankOutcome out, double cpuS) {
    double pairsPerS() {
      return out.results().size() / (out.elapsed().toNanos() / 1e9);
    }
  }

  /// Runs the benchmark on `executor`; `load` is called on the inference thread after the threads are set.
  public static RerankBenchReport run(InferenceExecutor executor, Supplier<CrossEncoderModel> load,
                                      List<EncodedPair> workload, ModelShape shape, Setup setup,
                                      ProgressListener progress) {
    return executor.call(cancel -> {
      DeviceSelector.configureThreads(setup.threads());
      DeviceSelector.ThreadPlan plan = DeviceSelector.plan(setup.threads(), setup.lanes(), false);
      long t0 = System.nanoTime();
      try (CrossEncoderModel network = load.get()) {
        double loadS = (System.nanoTime() - t0) / 1e9;
        CrossEncoderReranker reranker = new CrossEncoderReranker(network, null, null, executor.batchLanes(plan));
        int used = reranker.laneCount() > 1 ? plan.threads() : DeviceSelector.threadCount(setup.threads());
        PrecisionChoice choice = PrecisionChoice.of(setup.precision(), false, CpuFeatures.current());
        RerankParams p = setup.params().withCache(false);
        Measured m = setup.compare()
            ? compare(network, reranker, workload, p, reduced(choice, setup), progress, cancel)
            : single(network, reranker, workload, p, choice, progress, cancel);
        ReferenceBatching.Result ref = setup.reference()
            ? ReferenceBatching.run(network, workload, progress, cancel) : null;
        return report(network, reranker, workload, shape, setup, m, loadS, used, ref, choice);
      }
    });
  }

  /// The timed pass the report describes, its warm-up time, and the comparison (or null).
  private record Measured(Pass timed, double warmupS, PrecisionComparison comparison) { }

  private static Measured single(CrossEncoderModel network, CrossEncoderReranker reranker,
                                 List<EncodedPair> workload, RerankParams p, PrecisionChoice choice,
                                 ProgressListener progress, CancelToken cancel) {
    network.usePrecision(choice.precision());
    long w = System.nanoTime();
    reranker.score(workload, p, RerankListener.NONE, labelled(progress, "Warm-up pass"), cancel);
    double warmupS = (System.nanoTime() - w) / 1e9;
    return new Measured(timed(reranker, workload, p, progress, cancel), warmupS, null);
  }

  private static Measured compare(CrossEncoderModel network, CrossEncoderReranker reranker,
                                  List<EncodedPair> workload, RerankParams p, Precision reduced,
                                  ProgressListener progress, CancelToken cancel) {
    long w = System.nanoTime();
    for (Precision warm : List.of(Precision.FP32, reduced)) {
      network.usePrecision(warm);
      reranker.score(workload, p, RerankListener.NONE, labelled(progress, "Warm-up pass, " + warm.label()), cancel);
    }
    double warmupS = (System.nanoTime() - w) / 1e9;
    Pass[] fp32 = new Pass[COMPARE_ROUNDS];
    Pass[] half = new Pass[COMPARE_ROUNDS];
    for (int r = 0; r < COMPARE_ROUNDS; r++) {
      network.usePrecision(Precision.FP32);
      fp32[r] = timed(reranker, workload, p, labelled(progress, "fp32 pass " + (r + 1)), cancel);
      network.usePrecision(reduced);
      half[r] = timed(reranker, workload, p, labelled(progress, reduced.label() + " pass " + (r + 1)), cancel);
    }
    RankAgreement a = RankAgreement.of(logits(fp32[COMPARE_ROUNDS - 1]), logits(half[COMPARE_ROUNDS - 1]), 10);
    PrecisionComparison c = new PrecisionComparison(reduced.label(), COMPARE_ROUNDS, mean(fp32, true),
        mean(half, true), mean(fp32, false), mean(half, false), a.maxAbs(), a.meanAbs(), a.topK(), a.tau());
    return new Measured(half[COMPARE_ROUNDS - 1], warmupS, c);
  }

  /// The reduced precision to compare with fp32: the choice, or bf16 when fp32 was asked for.
  private static Precision reduced(PrecisionChoice choice, Setup setup) {
    if (choice.precision() != Precision.FP32) {
      return choice.precision();
    }
    if (PrecisionChoice.isAuto(setup.precision())) {
      throw new WorkbenchException("Nothing to compare: " + choice.reason() + "; give --precision bf16 or fp16");
    }
    return Precision.BF16;
  }

  private static Pass timed(CrossEncoderReranker reranker, List<EncodedPair> workload, RerankParams p,
                            ProgressListener progress, CancelToken cancel) {
    long cpu0 = ProcessStats.cpuNanos();
    RerankOutcome out = reranker.score(workload, p, RerankListener.NONE, progress, cancel);
    return new Pass(out, (ProcessStats.cpuNanos() - cpu0) / 1e9);
  }

  private static float[] logits(Pass pass) {
    List<ScoredPair> r = pass.out().results();
    float[] out = new float[r.size()];
    r.forEach(s -> out[s.index()] = s.logit());
    return out;
  }

  private static double mean(Pass[] passes, boolean rate) {
    double sum = 0;
    for (Pass p : passes) {
      sum += rate ? p.pairsPerS() : p.cpuS();
    }
    return sum / passes.length;
  }

  private static RerankBenchReport report(CrossEncoderModel network, CrossEncoderReranker reranker,
                                          List<EncodedPair> workload, ModelShape shape, Setup setup, Measured m,
                                          double loadS, int used, ReferenceBatching.Result ref,
                                          PrecisionChoice choice) {
    RerankOutcome out = m.timed().out();
    double s = out.elapsed().toNanos() / 1e9;
    double useful = out.results().stream().mapToDouble(r -> shape.flops(r.tokens())).sum();
    String device = network.identity().device();
    boolean mkl = MklDispatch.loaded();
    RerankParams p = setup.params();
    return new RerankBenchReport(workload.size(), out.realTokens(), out.paddedTokens(), out.batches(), s,
        workload.size() / s, out.realTokens() / s, useful / s / 1e9, out.firstBatch().toNanos() / 1e9, m.warmupS(),
        loadS, ProcessStats.peakRssMb(), used, reranker.laneCount(), device, p.batchTokens(), p.firstBatchTokens(),
        setup.model(), m.timed().cpuS(), out.laneIdle().toNanos() / 1e9,
        device.startsWith("cpu") ? MklDispatch.describe(mkl) : "GPU kernels on " + device, mkl,
        ref == null ? 0 : ref.pairsPerS(), ref == null ? 0 : ref.paddedTokens(), network.precision().label(),
        m.comparison() == null ? choice.reason() : "compared with fp32", CpuFeatures.current().describe(),
        m.comparison());
  }

  /// `progress` with its reports renamed to `task`.
  private static ProgressListener labelled(ProgressListener progress, String task) {
    return p -> progress.onProgress(new Progress(task, p.done(), p.total(), p.elapsed(), p.message()));
  }
}
