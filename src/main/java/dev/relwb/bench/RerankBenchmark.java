package dev.relwb.bench;

import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.rerank.CrossEncoderReranker;
import dev.relwb.rerank.EncodedPair;
import dev.relwb.rerank.RerankListener;
import dev.relwb.rerank.RerankOutcome;
import dev.relwb.rerank.RerankParams;
import dev.relwb.rerank.model.CrossEncoderModel;
import dev.relwb.rerank.runtime.DeviceSelector;
import dev.relwb.rerank.runtime.InferenceExecutor;
import dev.relwb.rerank.runtime.MklDispatch;
import dev.relwb.rerank.runtime.ModelShape;
import dev.relwb.service.RerankBenchReport;
import java.util.List;
import java.util.function.Supplier;

/// Times the production rerank path on a token-id workload: the model is loaded on the inference
/// thread with the requested thread count, the whole workload is scored once untimed (the warm-up
/// pass: the first forwards, heap growth and page faults, as in the app's first rerank after start),
/// then once more, timed, through [CrossEncoderReranker] (same batching, lanes and truncation as the
/// app, score cache off). The timed pass is what every rerank after the first one costs in the app.
public final class RerankBenchmark {
  private RerankBenchmark() { }

  /// Runs the benchmark on `executor` with `threads` threads in all (≤ 0: all cores) split over `lanes`
  /// batch lanes (≤ 0: automatic); `load` is called on the inference thread after the threads are set.
  /// With `reference`, the workload is then scored once more as [ReferenceBatching] does. `model` names
  /// what was loaded, for the report.
  public static RerankBenchReport run(InferenceExecutor executor, Supplier<CrossEncoderModel> load,
                                      List<EncodedPair> workload, ModelShape shape, int threads, int lanes,
                                      RerankParams params, boolean reference, String model,
                                      ProgressListener progress) {
    return executor.call(cancel -> {
      DeviceSelector.configureThreads(threads);
      DeviceSelector.ThreadPlan plan = DeviceSelector.plan(threads, lanes, false);
      long t0 = System.nanoTime();
      try (CrossEncoderModel network = load.get()) {
        double loadS = (System.nanoTime() - t0) / 1e9;
        CrossEncoderReranker reranker = new CrossEncoderReranker(network, null, null, executor.batchLanes(plan));
        int usedLanes = reranker.laneCount();
        int used = usedLanes > 1 ? plan.threads() : DeviceSelector.threadCount(threads);
        RerankParams p = params.withCache(false);
        long w = System.nanoTime();
        reranker.score(workload, p, RerankListener.NONE, labelled(progress, "Warm-up pass"), cancel);
        double warmupS = (System.nanoTime() - w) / 1e9;
        long cpu0 = ProcessStats.cpuNanos();
        RerankOutcome out = reranker.score(workload, p, RerankListener.NONE, progress, cancel);
        double cpuS = (ProcessStats.cpuNanos() - cpu0) / 1e9;
        double s = out.elapsed().toNanos() / 1e9;
        double useful = out.results().stream().mapToDouble(r -> shape.flops(r.tokens())).sum();
        double peakRss = ProcessStats.peakRssMb();
        ReferenceBatching.Result ref = reference ? ReferenceBatching.run(network, workload, progress, cancel) : null;
        String device = network.identity().device();
        boolean mkl = MklDispatch.loaded();
        return new RerankBenchReport(workload.size(), out.realTokens(), out.paddedTokens(), out.batches(), s,
            workload.size() / s, out.realTokens() / s, useful / s / 1e9, out.firstBatch().toNanos() / 1e9, warmupS,
            loadS, peakRss, used, usedLanes, device, p.batchTokens(), p.firstBatchTokens(), model, cpuS,
            out.laneIdle().toNanos() / 1e9,
            device.startsWith("cpu") ? MklDispatch.describe(mkl) : "GPU kernels on " + device, mkl,
            ref == null ? 0 : ref.pairsPerS(), ref == null ? 0 : ref.paddedTokens());
      }
    });
  }

  /// `progress` with its reports renamed to `task`.
  private static ProgressListener labelled(ProgressListener progress, String task) {
    return p -> progress.onProgress(new Progress(task, p.done(), p.total(), p.elapsed(), p.message()));
  }
}
