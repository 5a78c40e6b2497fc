package dev.relwb.rerank.runtime;

import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.rerank.CrossEncoderReranker;
import dev.relwb.rerank.EncodedPair;
import dev.relwb.rerank.RerankListener;
import dev.relwb.rerank.RerankOutcome;
import dev.relwb.rerank.RerankParams;
import dev.relwb.rerank.model.CrossEncoderModel;
import java.util.List;
import java.util.function.Supplier;

/// Times the production rerank path on a token-id workload: the model is loaded on the inference
/// thread with the requested thread count, the whole workload is scored once untimed (the warm-up
/// pass: the first forwards, heap growth and page faults, as in the app's first rerank after start),
/// then once more, timed, through [CrossEncoderReranker] (same batching, lanes and truncation as the
/// app, score cache off). The timed pass is what every rerank after the first one costs in the app.
public final class RerankBenchmark {
  private RerankBenchmark() { }

  /// The figures of one run.
  ///
  /// @param pairs             pairs scored
  /// @param realTokens        tokens of the pairs (specials included)
  /// @param paddedTokens      tokens computed, padding included
  /// @param batches           model batches of the timed run
  /// @param seconds           wall time of the timed run
  /// @param pairsPerS         pairs / seconds
  /// @param realTokensPerS    real tokens / seconds
  /// @param effectiveGflopPerS matmul FLOPs the real tokens need / seconds (padding counts as waste)
  /// @param firstBatchS       time from the start of the timed run to the first batch's scores
  /// @param warmupS           the untimed warm-up pass over the whole workload (first forwards after loading)
  /// @param loadS             model loading time
  /// @param rssMb             peak resident set size of the process (VmHWM)
  /// @param threads           PyTorch threads in all (lanes × threads per lane)
  /// @param lanes             batches that ran at once, each on its own thread (ADR 0009)
  /// @param device            where it ran
  /// @param batchTokens       token budget per batch
  /// @param firstBatchTokens  token budget of the first batch
  /// @param cpuS              process CPU seconds of the timed run (all threads; on a busy machine the
  ///                          wall time says little, CPU seconds say more)
  /// @param laneIdleS         lane seconds with no batch to run during the timed run (the end of the
  ///                          run, when fewer batches are left than lanes); 0 with one lane
  /// @param reference         the reference-batching run right after, or null when not asked for
  public record Result(int pairs, long realTokens, long paddedTokens, int batches, double seconds, double pairsPerS,
                       double realTokensPerS, double effectiveGflopPerS, double firstBatchS, double warmupS,
                       double loadS, double rssMb, int threads, int lanes, String device, int batchTokens,
                       int firstBatchTokens, double cpuS, double laneIdleS, ReferenceBatching.Result reference) { }

  /// Runs the benchmark on `executor` with `threads` threads in all (≤ 0: all cores) split over `lanes`
  /// batch lanes (≤ 0: automatic); `load` is called on the inference thread after the threads are set.
  /// With `reference`, the workload is then scored once more as [ReferenceBatching] does.
  public static Result run(InferenceExecutor executor, Supplier<CrossEncoderModel> load, List<EncodedPair> workload,
                           ModelShape shape, int threads, int lanes, RerankParams params, boolean reference,
                           ProgressListener progress) {
    return executor.call(cancel -> {
      DeviceSelector.configureThreads(threads);
      DeviceSelector.ThreadPlan plan = DeviceSelector.plan(threads, lanes, false);
      long t0 = System.nanoTime();
      try (CrossEncoderModel model = load.get()) {
        double loadS = (System.nanoTime() - t0) / 1e9;
        CrossEncoderReranker reranker = new CrossEncoderReranker(model, null, null, executor.batchLanes(plan));
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
        ReferenceBatching.Result ref = reference ? ReferenceBatching.run(model, workload, progress, cancel) : null;
        return new Result(workload.size(), out.realTokens(), out.paddedTokens(), out.batches(), s, workload.size() / s,
            out.realTokens() / s, useful / s / 1e9, out.firstBatch().toNanos() / 1e9, warmupS, loadS,
            peakRss, used, usedLanes, model.identity().device(), p.batchTokens(), p.firstBatchTokens(), cpuS,
            out.laneIdle().toNanos() / 1e9, ref);
      }
    });
  }

  /// `progress` with its reports renamed to `task`.
  private static ProgressListener labelled(ProgressListener progress, String task) {
    return p -> progress.onProgress(new Progress(task, p.done(), p.total(), p.elapsed(), p.message()));
  }
}
