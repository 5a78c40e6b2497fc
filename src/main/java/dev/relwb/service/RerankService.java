package dev.relwb.service;

import dev.relwb.core.AppDirs;
import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.BenchModels;
import dev.relwb.rerank.CrossEncoderReranker;
import dev.relwb.rerank.EncodedPair;
import dev.relwb.rerank.LoadBenchmark;
import dev.relwb.rerank.LoadedModel;
import dev.relwb.rerank.MaxP;
import dev.relwb.rerank.RerankOutcome;
import dev.relwb.rerank.RerankParams;
import dev.relwb.rerank.ScoreCache;
import dev.relwb.rerank.ScoredPair;
import dev.relwb.rerank.runtime.BenchWorkload;
import dev.relwb.rerank.runtime.DeviceSelector;
import dev.relwb.rerank.runtime.InferenceExecutor;
import dev.relwb.rerank.runtime.ModelOpener;
import dev.relwb.rerank.runtime.ModelShape;
import dev.relwb.rerank.runtime.RerankBenchmark;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/// Reranking for the UI and the CLI: loads the mono-XM model on the one inference thread, scores
/// passages there in the background batch by batch (streamed, cancellable, cached), and answers with
/// plain records and `float[]`.
///
/// [#submit] is what a UI calls: a new submission cancels the job still running for the previous query.
/// The score cache lives in `<app cache>/scores.sqlite`.
public final class RerankService implements AutoCloseable {
  private static final String LANE = "rerank";
  private final AppDirs dirs;
  private final ModelOpener opener;
  private final InferenceExecutor executor = new InferenceExecutor("relwb-inference");
  private ScoreCache cache;
  private volatile Loaded current;

  private record Loaded(CrossEncoderReranker reranker, LoadedModel parts, RerankerInfo info) { }

  /// A service over the app folders that opens X-MOD model folders.
  public RerankService(AppDirs dirs) {
    this(dirs, ModelOpener.xmod());
  }

  /// A service over the app folders that opens models with `opener`.
  public RerankService(AppDirs dirs, ModelOpener opener) {
    this.dirs = dirs;
    this.opener = opener;
  }

  /// Loads the model folder `dir` (replacing the current model) and warms it up with one tiny forward on `device` (`auto`, `cpu`, `gpu`, `gpu:N`)
  /// with `threads` PyTorch threads (≤ 0 = all cores).
  public RerankerInfo load(Path dir, String device, int threads) {
    return executor.call(cancel -> {
      closeModel();
      int used = DeviceSelector.configureThreads(threads);
      DeviceSelector.Choice d = DeviceSelector.choose(device);
      LoadedModel parts = opener.open(dir, d.name());
      var id = parts.model().identity();
      RerankerInfo info = new RerankerInfo(id.id(), id.languages(), parts.displayNames(), id.defaultLanguage(),
          id.maxTokens(), d.description(), used);
      warmUp(parts);
      current = new Loaded(new CrossEncoderReranker(parts.model(), parts.tokenizer(), cache()), parts, info);
      return info;
    });
  }

  /// One tiny forward right after loading: it pages in the mapped weights and initializes PyTorch's
  /// kernels and thread pool (seconds on a cold start), so the user's first query gets its first
  /// scores quickly.
  private static void warmUp(LoadedModel parts) {
    var id = parts.model().identity();
    int[] row = {0, id.padId() + 3, 2, 2, id.padId() + 4, 2};
    parts.model().logits(List.of(row), List.of(id.defaultLanguage()));
  }

  /// The loaded model, if any (without a model the app runs BM25-only).
  public Optional<RerankerInfo> model() {
    Loaded l = current;
    return l == null ? Optional.empty() : Optional.of(l.info());
  }

  /// Starts reranking in the background and cancels the previous query's job. `onBatch` gets each
  /// finished batch (on the inference thread); `progress` gets pairs done/total, elapsed and ETA.
  public RerankJob submit(RerankRequest request, Consumer<List<RerankedPassage>> onBatch, ProgressListener progress) {
    InferenceExecutor.Handle<RerankSummary> h = executor.submit(LANE, cancel -> run(request, onBatch, progress, cancel));
    return new RerankJob() {
      @Override
      public void cancel() {
        h.cancel();
      }

      @Override
      public boolean isCancelled() {
        return h.isCancelled();
      }

      @Override
      public CompletableFuture<RerankSummary> future() {
        return h.future();
      }

      @Override
      public RerankSummary join() {
        return h.join();
      }
    };
  }

  /// Reranks and waits (for the CLI and batch runs); `cancel` stops it at the next batch. Does not
  /// cancel other jobs.
  public RerankSummary rerank(RerankRequest request, Consumer<List<RerankedPassage>> onBatch,
                              ProgressListener progress, CancelToken cancel) {
    InferenceExecutor.Handle<RerankSummary> h = executor.submit(c -> run(request, onBatch, progress, c));
    while (!h.future().isDone()) {
      if (cancel.isCancelled()) {
        h.cancel();
      }
      try {
        h.future().get(50, java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
        // not done yet, or failed: the loop ends and join() rethrows
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        h.cancel();
      }
    }
    return h.join();
  }

  /// MaxP: each document's best passage, best first.
  public List<RankedDocument> maxP(List<String> docIds, float[] logits) {
    return MaxP.documents(docIds, logits).stream()
        .map(d -> new RankedDocument(d.docId(), d.logit(), d.score(), d.bestPassage(), d.passages())).toList();
  }

  /// Runs `relwb bench rerank`: loads the model in `modelDir` (null = a random xmod-base-shaped checkpoint
  /// with two languages, written once into the app cache, about 1.1 GB)
  /// with `threads` threads (≤ 0 = all cores) and times the workload (null = the bundled workload-100).
  public RerankBenchReport benchRerank(Path workload, Path modelDir, int threads, int batchTokens,
                                       ProgressListener progress) {
    List<EncodedPair> pairs = BenchWorkload.read(workload);
    Path dir = modelDir;
    if (dir == null) {
      dir = dirs.cache().resolve("bench/xmod-base-2lang");
      Path target = dir;
      executor.call(c -> BenchModels.ensureRandomXmodBase(target, 2));
    }
    Path modelPath = dir;
    ModelShape shape = ModelShape.read(dir.resolve("config.json"));
    RerankParams params = RerankParams.defaults();
    if (batchTokens > 0) {
      params = params.withBatchTokens(batchTokens, Math.min(batchTokens, params.firstBatchTokens()));
    }
    RerankBenchmark.Result r = RerankBenchmark.run(executor, () -> opener.openNetwork(modelPath, "cpu"), pairs,
        shape, threads, params, progress);
    return new RerankBenchReport(r.pairs(), r.realTokens(), r.paddedTokens(), r.batches(), r.seconds(), r.pairsPerS(),
        r.realTokensPerS(), r.effectiveGflopPerS(), r.firstBatchS(), r.warmupS(), r.loadS(), r.rssMb(), r.threads(),
        r.device(), r.batchTokens(), r.firstBatchTokens(),
        modelDir == null ? "random xmod-base (" + dir + ")" : modelDir.toString(), r.cpuS());
  }

  /// Runs `relwb bench load`: a random xmod-base-shaped checkpoint with `languages` languages in `dir`
  /// (null = the app cache), loaded with one language, then switched to another.
  public LoadBenchReport benchLoad(int languages, Path dir) {
    Path target = dir != null ? dir : dirs.cache().resolve("bench/xmod-base-" + languages + "lang");
    LoadBenchmark.Result r = executor.call(c -> LoadBenchmark.run(target, languages));
    return new LoadBenchReport(r.languages(), r.checkpointMb(), r.written(), r.writeS(), r.engineS(), r.loadS(),
        r.materializedMb(), r.rssMb(), r.peakRssMb(), r.switchS(), r.firstForwardS(), r.dir());
  }

  /// Forgets every cached score (memory and disk).
  public void clearCache() {
    executor.call(c -> {
      cache().clear();
      return null;
    });
  }

  private RerankSummary run(RerankRequest req, Consumer<List<RerankedPassage>> onBatch, ProgressListener progress,
                            CancelToken cancel) {
    Loaded l = current;
    if (l == null) {
      throw new WorkbenchException("No reranking model is loaded: choose a model folder (or download mono-XM) first");
    }
    RerankParams p = RerankParams.defaults().withLanguage(l.parts().resolveLanguage(req.language()))
        .withCache(req.useCache());
    if (req.maxLength() > 0) {
      p = p.withMaxLength(req.maxLength());
    }
    if (req.batchTokens() > 0) {
      p = p.withBatchTokens(req.batchTokens(), Math.min(req.batchTokens(), p.firstBatchTokens()));
    }
    RerankOutcome out = l.reranker().rerank(req.query(), req.passages(), p,
        batch -> onBatch.accept(batch.stream().map(RerankService::view).toList()), progress, cancel);
    List<RerankedPassage> passages = out.results().stream().map(RerankService::view).toList();
    List<RankedDocument> docs = req.docIds() == null ? List.of() : maxP(req.docIds(), out.logits());
    return new RerankSummary(passages, docs, out.batches(), out.cacheHits(), out.elapsed().toMillis(),
        l.info().device());
  }

  private static RerankedPassage view(ScoredPair s) {
    return new RerankedPassage(s.index(), s.logit(), s.score(), s.tokens(), s.truncatedTokens(), s.cached());
  }

  private ScoreCache cache() {
    if (cache == null) {
      cache = ScoreCache.persistent(dirs.cache().resolve("scores.sqlite"), ScoreCache.DEFAULT_MEMORY_ENTRIES,
          ScoreCache.DEFAULT_DISK_ENTRIES);
    }
    return cache;
  }

  private void closeModel() {
    Loaded l = current;
    current = null;
    if (l != null) {
      l.parts().model().close();
      if (l.parts().tokenizer() != null) {
        l.parts().tokenizer().close();
      }
    }
  }

  /// Cancels running jobs, closes the model and the cache, and stops the inference thread.
  @Override
  public void close() {
    executor.submit(c -> {
      closeModel();
      if (cache != null) {
        cache.close();
      }
      return null;
    });
    executor.close();
  }
}
