package dev.relwb.service;

import dev.relwb.core.AppDirs;
import dev.relwb.core.CancelToken;
import dev.relwb.core.CancelledException;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.hub.HubSettings;
import dev.relwb.rerank.CrossEncoderReranker;
import dev.relwb.rerank.LoadedModel;
import dev.relwb.rerank.MaxP;
import dev.relwb.rerank.ModelOpener;
import dev.relwb.rerank.RerankOutcome;
import dev.relwb.rerank.RerankParams;
import dev.relwb.rerank.ScoreCache;
import dev.relwb.rerank.ScoredPair;
import dev.relwb.rerank.model.PrecisionChoice;
import dev.relwb.rerank.model.XmodCrossEncoder;
import dev.relwb.rerank.model.ScoreActivation;
import dev.relwb.rerank.runtime.BatchLanes;
import dev.relwb.rerank.runtime.CpuFeatures;
import dev.relwb.rerank.runtime.DeviceSelector;
import dev.relwb.rerank.runtime.InferenceExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Cross-encoder inference for the UI and the CLI, and the one owner of loaded models: it resolves a
/// `--model` value (folder or hub repo id), loads the default model and, on demand, others beside it
/// (a request's `model`, kept least-recently-used within a memory budget, [HeldModels]), all on the one
/// inference thread, and uses them only there: reranking in the background batch by batch (streamed, cancellable, cached),
/// and pair scoring for `relwb score`. Answers are plain records and `float[]`.
///
/// [#submit] starts a job in the background and cancels the job still running for the previous query;
/// [#rerank] waits for its job (the window calls it inside a background job of its own, whose
/// cancellation stops the rerank at its next batch). The score cache lives in `<app cache>/scores.sqlite`.
public final class RerankService implements Reranking, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RerankService.class);
  private static final String LANE = "rerank";
  private final AppDirs dirs;
  private final ModelOpener opener;
  private final CpuSummary cpu;
  private final InferenceExecutor executor = new InferenceExecutor("relwb-inference");
  private ModelHubService hub;
  private ScoreCache cache;
  private volatile Loaded current;
  private final HeldModels held = new HeldModels(Settings.DEFAULT_MODEL_MEMORY_GB);

  private record Loaded(CrossEncoderReranker reranker, LoadedModel parts, RerankerInfo info, ResolvedModel source,
                        String deviceName, RuntimeOptions options) { }

  /// A service over the app folders that resolves `--model` values through `hub` and opens X-MOD models.
  public RerankService(AppDirs dirs, ModelHubService hub) {
    this(dirs, hub, ModelOpener.xmod());
  }

  /// A service over the app folders that opens models with `opener`; hub repo ids are resolved with
  /// the process's Hugging Face settings (`HF_ENDPOINT`, `HF_HUB_CACHE`, …).
  public RerankService(AppDirs dirs, ModelOpener opener) {
    this(dirs, null, opener);
  }

  /// A service over the app folders, the hub service (null = the process's settings) and a model opener.
  public RerankService(AppDirs dirs, ModelHubService hub, ModelOpener opener) {
    this.dirs = dirs;
    this.hub = hub;
    this.opener = opener;
    this.cpu = CpuSummary.current();
  }

  /// Resolves `location` (a folder, `org/name` or `org/name@revision`: cache first, a hub model missing
  /// from the cache is downloaded on the calling thread with progress to `progress`) and loads it as
  /// [#load(Path, String, int)] does, on `options`' device with its threads. Its max length and batch
  /// token budget become the defaults of later requests.
  @Override
  public RerankerInfo load(String location, RuntimeOptions options, ProgressListener progress, CancelToken cancel) {
    cancel.throwIfCancelled("Loading the model");
    return load(hub().resolveModel(location, progress, cancel), options, shownName(location));
  }

  /// Loads `model` (a folder or hub repo id) on `device` with `threads` threads and default options.
  public RerankerInfo load(String model, String device, int threads, ProgressListener progress, CancelToken cancel) {
    return load(model, RuntimeOptions.on(device, threads), progress, cancel);
  }

  /// What the user loaded, as the status shows it: a folder's name, or the hub repo id as typed.
  private static String shownName(String location) {
    Path p = Path.of(location);
    return !Files.isDirectory(p) ? location : p.getFileName() == null ? location : p.getFileName().toString();
  }

  /// Loads the model folder `dir` on the inference thread (replacing the current model, or keeping it
  /// when it is the same folder on the same device) and warms it up with one tiny forward on `device`
  /// (`auto`, `cpu`, `gpu`, `gpu:N`) with `threads` PyTorch threads (≤ 0 = all cores). A folder in a
  /// hub cache gets the identity `repo@commit`, any other the weights' fingerprint.
  public RerankerInfo load(Path dir, String device, int threads) {
    return load(ModelHubService.localFolder(dir), RuntimeOptions.on(device, threads), shownName(dir.toString()));
  }

  private RerankerInfo load(ResolvedModel source, RuntimeOptions options, String name) {
    String device = options.device();
    int threads = options.threads();
    return executor.call(cancel -> {
      int used = DeviceSelector.configureThreads(threads);
      DeviceSelector.Choice d = DeviceSelector.choose(device);
      DeviceSelector.ThreadPlan plan = DeviceSelector.plan(threads, 0, d.gpu());
      BatchLanes lanes = executor.batchLanes(plan);
      Loaded l = current;
      boolean same = l != null && l.source().equals(source) && l.deviceName().equals(d.name());
      if (!same) {
        closeModel();
      }
      LoadedModel parts = same ? l.parts() : opener.open(source.folder(), d.name(), source.identity());
      PrecisionChoice precision;
      try {
        precision = PrecisionChoice.of(options.precision(), d.gpu(), CpuFeatures.current());
        boolean changed = parts.model().precision() != precision.precision();
        parts.model().usePrecision(precision.precision());
        if (!same || changed) {
          warmUp(parts);
        }
      } catch (RuntimeException e) {
        if (!same) {
          close(parts);
        }
        throw e;
      }
      CrossEncoderReranker reranker = new CrossEncoderReranker(parts.model(), parts.tokenizer(), cache(), lanes);
      String shown = reranker.laneCount() > 1 ? "cpu (" + plan.describe() + ")" : d.description();
      current = new Loaded(reranker, parts, info(parts, name, shown, used, precision), source, d.name(), options);
      return current.info();
    });
  }

  private static RerankerInfo info(LoadedModel parts, String name, String device, int threads,
                                   PrecisionChoice precision) {
    var id = parts.model().identity();
    String shortId = id.id().length() > 19 ? id.id().substring(0, 19) + "…" : id.id();
    String shown = name == null || name.isBlank() ? shortId : name + " (" + shortId + ")";
    String family = parts.model() instanceof XmodCrossEncoder x
        ? x.config().family().label() : null;
    return new RerankerInfo(id.id(), shown, id.languages(), parts.displayNames(), id.defaultLanguage(),
        id.maxTokens(), device, threads, precision.precision().label(), precision.reason(), family);
  }

  private synchronized ModelHubService hub() {
    if (hub == null) {
      hub = new ModelHubService(HubSettings.fromSystem(), "relwb/" + BuildInfo.version());
    }
    return hub;
  }

  /// One tiny forward right after loading: it pages in the mapped weights and initializes PyTorch's
  /// kernels and thread pool (seconds on a cold start), so the user's first query gets its first
  /// scores quickly.
  private static void warmUp(LoadedModel parts) {
    var id = parts.model().identity();
    int[] row = {0, id.padId() + 3, 2, 2, id.padId() + 4, 2};
    parts.model().logits(List.of(row), List.of(id.defaultLanguage()));
  }

  @Override
  public CpuSummary cpu() {
    return cpu;
  }

  @Override
  public Optional<RerankerInfo> model() {
    Loaded l = current;
    return l == null ? Optional.empty() : Optional.of(l.info());
  }

  /// The model at `location` (null: the loaded one), loaded on the inference thread on first use and kept
  /// beside the loaded model while the memory budget allows (the least recently used are unloaded).
  @Override
  public RerankerInfo describe(String location, ProgressListener progress, CancelToken cancel) {
    if (location != null && !location.isBlank()) {
      try {
        hub().resolveModel(location, progress, cancel);     // a download happens here, not on the inference thread
      } catch (CancelledException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new WorkbenchException("Cannot load the model " + location + ": " + reason(e), e);
      }
    }
    return InferenceJobs.await(executor.submit(c -> model(location, c).info()), cancel);
  }

  /// The weights' budget of the models kept beside the loaded one (takes effect at the next load).
  @Override
  public void memoryBudget(long bytes) {
    held.budget(bytes);
  }

  /// The locations of the models kept beside the loaded one, least recently used first.
  public java.util.List<String> heldModels() {
    return executor.call(c -> held.locations());
  }

  /// The model for `location` (null: the loaded one). Runs on the inference thread only.
  private Loaded model(String location, CancelToken cancel) {
    if (location == null) {
      return loaded();
    }
    Loaded kept = held.get(location);
    if (kept != null) {
      return kept;
    }
    cancel.throwIfCancelled("Loading " + location);
    ResolvedModel source;
    try {
      source = hub().resolveModel(location, ProgressListener.NONE, cancel);
    } catch (CancelledException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new WorkbenchException("Cannot load the model " + location + ": " + reason(e), e);
    }
    Loaded l = current;
    if (l != null && l.source().equals(source)) {
      return l;
    }
    long bytes = HeldModels.weightBytes(source.folder());
    held.makeRoom(bytes, l == null ? 0 : HeldModels.weightBytes(l.source().folder()), RerankService::closeHeld);
    Loaded opened = open(location, source, l == null ? RuntimeOptions.on("cpu", 0) : l.options());
    held.put(location, opened, bytes);
    return opened;
  }

  private static String reason(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private static void closeHeld(Object model) {
    close(((Loaded) model).parts());
  }

  /// Opens a model beside the loaded one, with the loaded one's device and precision. Inference thread only.
  private Loaded open(String location, ResolvedModel source, RuntimeOptions options) {
    LoadedModel parts;
    try {
      parts = opener.open(source.folder(), DeviceSelector.choose(options.device()).name(), source.identity());
    } catch (RuntimeException e) {
      throw new WorkbenchException("Cannot load the model " + location + ": " + reason(e), e);
    }
    try {
      DeviceSelector.Choice d = DeviceSelector.choose(options.device());
      PrecisionChoice precision = PrecisionChoice.of(options.precision(), d.gpu(), CpuFeatures.current());
      parts.model().usePrecision(precision.precision());
      warmUp(parts);
      // one lane, on the inference thread: the lane threads belong to the default model's plan
      CrossEncoderReranker reranker = new CrossEncoderReranker(parts.model(), parts.tokenizer(), cache());
      RerankerInfo info = info(parts, shownName(location), d.description(), options.threads(), precision);
      return new Loaded(reranker, parts, info, source, d.name(), options);
    } catch (RuntimeException e) {
      close(parts);
      throw new WorkbenchException("Cannot load the model " + location + ": " + reason(e), e);
    }
  }

  /// Starts reranking in the background and cancels the previous query's job. `onBatch` gets each
  /// finished batch (on the inference thread); `progress` gets pairs done/total, elapsed and ETA.
  public RerankJob submit(RerankRequest request, Consumer<List<RerankedPassage>> onBatch, ProgressListener progress) {
    InferenceExecutor.Handle<RerankSummary> h = executor.submit(LANE, cancel -> run(request, onBatch, progress, cancel));
    return InferenceJobs.job(h);
  }

  /// Reranks and waits; `cancel` stops it at the next batch. Does not cancel other jobs.
  @Override
  public RerankSummary rerank(RerankRequest request, Consumer<List<RerankedPassage>> onBatch,
                              ProgressListener progress, CancelToken cancel) {
    return InferenceJobs.await(executor.submit(c -> run(request, onBatch, progress, c)), cancel);
  }

  /// Scores pairs that may each have their own query and language (the pair's, else `lang`, else the
  /// model's default; typed as people type them) with the loaded model, on the inference thread, and
  /// waits (`relwb score`). Results are in input order. `maxLength` ≤ 0 means 512 capped at the model's
  /// limit; a value the model cannot take is an error. Progress after each batch; `cancel` stops the
  /// job at the next batch.
  public List<PairScore> scorePairs(List<PairInput> pairs, String lang, int maxLength, boolean useCache,
                                    ProgressListener progress, CancelToken cancel) {
    return InferenceJobs.await(executor.submit(c -> {
      Loaded l = loaded();
      return PairScoring.score(l.reranker(), l.parts(), pairs, lang, maxLength, useCache, progress, c);
    }), cancel);
  }

  /// MaxP: each document's best passage, best first, scored with the model's own activation.
  private static List<RankedDocument> maxP(List<String> docIds, float[] logits, ScoreActivation activation) {
    return MaxP.documents(docIds, logits, activation).stream()
        .map(d -> new RankedDocument(d.docId(), d.logit(), d.score(), d.bestPassage(), d.passages())).toList();
  }

  /// Forgets every cached score (memory and disk).
  public void clearCache() {
    executor.call(c -> {
      cache().clear();
      return null;
    });
  }

  private Loaded loaded() {
    Loaded l = current;
    if (l == null) {
      throw new WorkbenchException("No reranking model is loaded: choose a model folder (or download mono-XM) first");
    }
    return l;
  }

  private RerankSummary run(RerankRequest req, Consumer<List<RerankedPassage>> onBatch, ProgressListener progress,
                            CancelToken cancel) {
    Loaded l = model(req.model(), cancel);
    String language = adapter(l, req);
    RerankParams p = RerankParams.defaults().withLanguage(language).withCache(req.useCache());
    int maxLength = req.maxLength() > 0 ? req.maxLength() : l.options().maxLength();
    int budget = req.batchTokens() > 0 ? req.batchTokens() : l.options().batchTokens();
    if (maxLength > 0) {
      p = p.withMaxLength(maxLength);
    }
    if (budget > 0) {
      p = p.withBatchTokens(budget, Math.min(budget, p.firstBatchTokens()));
    }
    RerankOutcome out = l.reranker().rerank(req.query(), req.passages(), p,
        batch -> onBatch.accept(batch.stream().map(RerankService::view).toList()), progress, cancel);
    List<RerankedPassage> passages = out.results().stream().map(RerankService::view).toList();
    List<RankedDocument> docs = req.docIds() == null ? List.of()
        : maxP(req.docIds(), out.logits(), l.parts().model().activation());
    return new RerankSummary(passages, docs, out.batches(), out.cacheHits(), out.elapsed().toMillis(),
        l.info().device(), language);
  }

  /// The exact adapter code for the request: its language resolved as people type it (`fr`, `fr-CA`,
  /// `French` → `fr_XX`), the model's default for none; a detected language the model has no adapter
  /// for falls back to the default (a chosen one is an error that lists the closest codes).
  private static String adapter(Loaded l, RerankRequest req) {
    String lang = req.language();
    if (lang == null || lang.isBlank() || lang.equalsIgnoreCase("auto")) {
      return l.parts().resolveLanguage(null);
    }
    try {
      return l.parts().resolveLanguage(lang);
    } catch (WorkbenchException e) {
      if (!req.languageGuessed()) {
        throw e;
      }
      LOG.info("No adapter for the detected language '{}'; scoring with the default adapter", lang);
      return l.parts().resolveLanguage(null);
    }
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
      close(l.parts());
    }
  }

  private static void close(LoadedModel parts) {
    parts.model().close();
    if (parts.tokenizer() != null) {
      parts.tokenizer().close();
    }
  }

  /// Cancels running jobs, closes the model and the cache, and stops the inference thread.
  @Override
  public void close() {
    executor.submit(c -> {
      closeModel();
      held.clear(RerankService::closeHeld);
      if (cache != null) {
        cache.close();
      }
      return null;
    });
    executor.close();
  }
}
