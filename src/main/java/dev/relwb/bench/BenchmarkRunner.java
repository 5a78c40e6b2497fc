package dev.relwb.bench;

import dev.relwb.core.AppDirs;
import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.rerank.EncodedPair;
import dev.relwb.rerank.ModelOpener;
import dev.relwb.rerank.RerankParams;
import dev.relwb.rerank.runtime.InferenceExecutor;
import dev.relwb.rerank.runtime.ModelShape;
import dev.relwb.service.Benchmarks;
import dev.relwb.service.IndexBenchReport;
import dev.relwb.service.JudgmentService;
import dev.relwb.service.LoadBenchReport;
import dev.relwb.service.ModelHubService;
import dev.relwb.service.RerankBenchReport;
import dev.relwb.service.RerankBenchRequest;
import dev.relwb.service.SearchBenchReport;
import dev.relwb.service.SearchBenchRequest;
import dev.relwb.service.SearchService;
import java.nio.file.Path;
import java.util.List;

/// The benchmarks behind `relwb bench …`. Each model benchmark runs on an inference thread of its own
/// (started for the call and stopped after it), so it shares nothing with the app's rerank service.
public final class BenchmarkRunner implements Benchmarks {
  private final AppDirs dirs;
  private final ModelHubService hub;
  private final ModelOpener opener;

  /// Benchmarks over the app folders (random checkpoints are written into the cache), resolving
  /// `--model` values through `hub` and opening models with `opener`.
  public BenchmarkRunner(AppDirs dirs, ModelHubService hub, ModelOpener opener) {
    this.dirs = dirs;
    this.hub = hub;
    this.opener = opener;
  }

  @Override
  public RerankBenchReport rerank(RerankBenchRequest req, ProgressListener progress) {
    List<EncodedPair> pairs = BenchWorkload.read(req.workload());
    BenchModels.RandomShape random = req.model() == null
        ? BenchModels.RandomShape.of(req.random() == null ? "xmod-base" : req.random()) : null;
    Path dir = random != null ? dirs.cache().resolve("bench").resolve(random.folder())
        : hub.resolve(req.model(), progress, CancelToken.none());
    RerankParams params = RerankParams.defaults();
    if (req.batchTokens() > 0) {
      params = params.withBatchTokens(req.batchTokens(), Math.min(req.batchTokens(), params.firstBatchTokens()));
    }
    String name = random != null ? "random " + random.preset() + " (" + dir + ")" : req.model();
    RerankBenchmark.Setup setup = new RerankBenchmark.Setup(req.threads(), req.lanes(), params, req.reference(),
        req.precision(), req.comparePrecision(), name);
    try (InferenceExecutor executor = new InferenceExecutor("relwb-bench")) {
      if (random != null) {
        executor.call(c -> BenchModels.ensureRandom(dir, random));
      }
      ModelShape shape = ModelShape.read(dir.resolve("config.json"));
      List<EncodedPair> workload = req.workload() == null ? BenchModels.forModel(pairs, dir.resolve("config.json"))
          : pairs;
      return RerankBenchmark.run(executor, () -> opener.openNetwork(dir, "cpu"), workload, shape, setup, progress);
    }
  }

  @Override
  public LoadBenchReport load(int languages, Path dir) {
    Path target = dir != null ? dir : dirs.cache().resolve("bench/xmod-base-" + languages + "lang");
    try (InferenceExecutor executor = new InferenceExecutor("relwb-bench")) {
      return executor.call(c -> LoadBenchmark.run(target, languages));
    }
  }

  @Override
  public SearchBenchReport search(SearchBenchRequest request, SearchService search, JudgmentService judgments,
      ProgressListener progress, CancelToken cancel) {
    return SearchBenchmark.run(request, search, judgments, progress, cancel);
  }

  @Override
  public IndexBenchReport index(int passages, int queries, Path dir, ProgressListener progress,
      CancelToken cancel) {
    return new IndexBenchmark().run(passages, queries, dir, progress, cancel);
  }
}
