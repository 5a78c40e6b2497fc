package dev.relwb.rerank;

import dev.relwb.core.CancelToken;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.model.CrossEncoderModel;
import dev.relwb.rerank.model.ModelIdentity;
import dev.relwb.rerank.runtime.BatchLanes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/// Scores (query, passage) pairs with a cross-encoder, fast and piece by piece.
///
/// All pairs are tokenized first. Pairs with identical token rows are scored once, and pairs the
/// [ScoreCache] knows are not scored at all (they are reported first, as one batch). The rest is cut by
/// [BatchPlanner] into length-sorted batches under a token budget, each padded only to its own
/// longest row, with a small first batch; with several batch lanes, [BatchPlanner#forLanes] orders
/// them costliest first and splits the last ones. After every batch the listener gets that batch's results
/// (each with its original index) and the progress listener gets pairs done/total, elapsed time
/// and an ETA. The cancel token is checked before every batch, so a cancel takes effect within one batch.
///
/// Not thread-safe: it drives the model, so it runs only on the inference thread
/// (`rerank.runtime.InferenceExecutor`).
public final class CrossEncoderReranker {
  private static final String TASK = "Reranking";
  private final CrossEncoderModel model;
  private final PairTokenizer tokenizer;
  private final ScoreCache cache;
  private final BatchLanes lanes;

  /// A reranker over a loaded model that runs every batch on the calling thread; `tokenizer` may be
  /// null when only token ids are scored, `cache` may be null for no caching.
  public CrossEncoderReranker(CrossEncoderModel model, PairTokenizer tokenizer, ScoreCache cache) {
    this(model, tokenizer, cache, BatchLanes.CALLER);
  }

  /// Like the three-argument constructor, with batches spread over `lanes` when the model allows
  /// concurrent batches ([CrossEncoderModel#parallelBatches()]).
  public CrossEncoderReranker(CrossEncoderModel model, PairTokenizer tokenizer, ScoreCache cache, BatchLanes lanes) {
    this.model = model;
    this.tokenizer = tokenizer;
    this.cache = cache;
    this.lanes = model.parallelBatches() ? lanes : BatchLanes.CALLER;
  }

  /// How many batches of one job run at once.
  public int laneCount() {
    return lanes.count();
  }

  /// The model this reranker drives.
  public CrossEncoderModel model() {
    return model;
  }

  /// Tokenizes every (query, passage) pair, then scores them as [#score] does.
  public RerankOutcome rerank(String query, List<String> passages, RerankParams params, RerankListener listener,
                              ProgressListener progress, CancelToken cancel) {
    return rerank(Collections.nCopies(passages.size(), query), passages, Collections.nCopies(passages.size(), null),
        params, listener, progress, cancel);
  }

  /// Tokenizes pairs that each have their own query and language (an exact code of the model, or null
  /// for the language of `params`), then scores them as [#score] does; rows of different languages
  /// share batches.
  public RerankOutcome rerank(List<String> queries, List<String> passages, List<String> languages,
                              RerankParams params, RerankListener listener, ProgressListener progress,
                              CancelToken cancel) {
    if (tokenizer == null) {
      throw new WorkbenchException("This model was loaded without a tokenizer: give it a folder with tokenizer.json");
    }
    if (languages.size() != passages.size()) {
      throw new WorkbenchException("Got " + languages.size() + " languages for " + passages.size() + " pairs");
    }
    long start = System.nanoTime();
    List<EncodedPair> pairs = tokenizer.encode(queries, passages, maxLength(params));
    return score(pairs, languages, params, listener, progress, cancel, start);
  }

  /// Scores already tokenized pairs; rows longer than the max length lose passage tokens at the end.
  public RerankOutcome score(List<EncodedPair> pairs, RerankParams params, RerankListener listener,
                             ProgressListener progress, CancelToken cancel) {
    return score(pairs, Collections.nCopies(pairs.size(), null), params, listener, progress, cancel,
        System.nanoTime());
  }

  private RerankOutcome score(List<EncodedPair> input, List<String> languages, RerankParams params,
                              RerankListener listener, ProgressListener progress, CancelToken cancel, long start) {
    cancel.throwIfCancelled(TASK);
    String fallback = language(params.language());
    List<String> langs = languages.stream().map(l -> l == null ? fallback : language(l)).toList();
    int maxLength = maxLength(params);
    List<EncodedPair> pairs = input.stream().map(p -> truncate(p, maxLength)).toList();
    LinkedHashMap<ScoreKey, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < pairs.size(); i++) {
      ScoreKey key = ScoreKey.of(model.identity().id(), langs.get(i), maxLength, pairs.get(i).ids());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    Job job = new Job(pairs, langs, groups, listener, progress, start);
    if (params.useCache() && cache != null) {
      job.emitCached(cache.getAll(groups.keySet()));
    }
    job.runModel(params, cancel);
    return job.outcome();
  }

  private int maxLength(RerankParams params) {
    return Math.min(params.maxLength(), model.identity().maxTokens());
  }

  private String language(String requested) {
    ModelIdentity id = model.identity();
    String lang = requested == null || requested.isBlank() ? id.defaultLanguage() : requested;
    if (!id.languages().isEmpty() && !id.languages().contains(lang)) {
      throw new WorkbenchException("The model has no adapter for language '" + lang + "': use one of "
          + String.join(", ", id.languages()));
    }
    return lang;
  }

  /// Cuts passage tokens from the end (keeping the final `</s>`) until the row fits.
  static EncodedPair truncate(EncodedPair p, int maxLength) {
    int cut = p.length() - maxLength;
    if (cut <= 0) {
      return p;
    }
    if (cut > p.passageTokens()) {
      throw new WorkbenchException("A query of " + p.queryTokens() + " tokens leaves no room for the passage at max length "
          + maxLength + ": shorten the query or raise the max length");
    }
    int[] ids = new int[maxLength];
    System.arraycopy(p.ids(), 0, ids, 0, maxLength - 1);
    ids[maxLength - 1] = p.ids()[p.length() - 1];
    return new EncodedPair(ids, p.queryTokens(), p.passageTokens() - cut, p.truncatedTokens() + cut);
  }

  /// One finished batch: its rows (indices into the job's distinct pairs), their logits, and the
  /// lane time it took (its run time, times the lane count for the first batch, which runs alone).
  private record Done(int[] rows, float[] logits, long laneNanos) { }

  /// The state of one job: what is done, what streams out, and the figures for the outcome.
  private final class Job {
    private final List<EncodedPair> pairs;
    private final List<String> langs;
    private final LinkedHashMap<ScoreKey, List<Integer>> groups;
    private final RerankListener listener;
    private final ProgressListener progress;
    private final long start;
    private final ScoredPair[] results;
    private int done;
    private int batches;
    private long laneIdleNanos;
    private int modelRows;
    private long realTokens;
    private long paddedTokens;
    private int cacheHits;
    private int duplicates;
    private Duration firstBatch;

    Job(List<EncodedPair> pairs, List<String> langs, LinkedHashMap<ScoreKey, List<Integer>> groups,
        RerankListener listener, ProgressListener progress, long start) {
      this.pairs = pairs;
      this.langs = langs;
      this.groups = groups;
      this.listener = listener;
      this.progress = progress;
      this.start = start;
      this.results = new ScoredPair[pairs.size()];
    }

    void emitCached(Map<ScoreKey, Float> known) {
      List<ScoredPair> batch = new ArrayList<>();
      for (Map.Entry<ScoreKey, Float> e : known.entrySet()) {
        for (int i : groups.remove(e.getKey())) {
          batch.add(result(i, e.getValue(), true));
        }
      }
      cacheHits = batch.size();
      deliver(batch, "from the score cache");
    }

    void runModel(RerankParams params, CancelToken cancel) {
      List<ScoreKey> keys = new ArrayList<>(groups.keySet());
      int[] lengths = keys.stream().mapToInt(k -> pairs.get(groups.get(k).getFirst()).length()).toArray();
      List<int[]> plan = BatchPlanner.forLanes(BatchPlanner.plan(lengths, params.batchTokens(), params.firstBatchTokens()),
          lengths, lanes.count());
      long plannedPadded = plan.stream().mapToLong(b -> BatchPlanner.paddedTokens(b, lengths)).sum();
      long modelStart = System.nanoTime();
      long laneBusyNanos = 0;
      // batches are handed out in plan order, at most one per lane at a time, and delivered on this
      // thread as they finish (each result carries its original index); the small first batch runs
      // alone on this thread with all its PyTorch threads, so the first scores come as fast as they can
      ArrayDeque<CompletableFuture<Done>> inFlight = new ArrayDeque<>();
      BlockingQueue<CompletableFuture<Done>> finished = new LinkedBlockingQueue<>();
      int next = 0;
      RuntimeException failure = null;
      while (next < plan.size() || !inFlight.isEmpty()) {
        while (failure == null && next < plan.size() && inFlight.size() < lanes.count() && !cancel.isCancelled()) {
          int[] rows = plan.get(next++);
          List<int[]> ids = new ArrayList<>(rows.length);
          List<String> rowLangs = new ArrayList<>(rows.length);
          for (int r : rows) {
            int first = groups.get(keys.get(r)).getFirst();
            ids.add(pairs.get(first).ids());
            rowLangs.add(langs.get(first));
          }
          boolean alone = next == 1;
          BatchLanes via = alone ? BatchLanes.CALLER : lanes;
          int weight = alone ? lanes.count() : 1;
          CompletableFuture<Done> f = via.submit(() -> {
            long t0 = System.nanoTime();
            float[] logits = model.logits(ids, rowLangs);
            return new Done(rows, logits, (System.nanoTime() - t0) * weight);
          });
          inFlight.add(f);
          f.whenComplete((d, e) -> finished.add(f));
        }
        if (inFlight.isEmpty()) {
          break;                                                                 // cancelled or failed
        }
        CompletableFuture<Done> f = take(finished);
        inFlight.remove(f);
        Done d;
        try {
          d = f.join();
        } catch (java.util.concurrent.CompletionException e) {
          failure = failure != null ? failure : e.getCause() instanceof RuntimeException re ? re
              : new WorkbenchException("A rerank batch failed: " + e.getCause(), e.getCause());
          continue;                                                              // let the other lanes finish
        }
        laneBusyNanos += d.laneNanos();
        if (cancel.isCancelled()) {
          continue;                                                              // drain, deliver nothing more
        }
        if (d.logits().length != d.rows().length) {
          failure = new WorkbenchException("The model returned " + d.logits().length + " logits for "
              + d.rows().length + " rows");
          continue;
        }
        paddedTokens += BatchPlanner.paddedTokens(d.rows(), lengths);
        finishBatch(d.rows(), keys, lengths, d.logits(), params.useCache());
        double eta = (System.nanoTime() - modelStart) / 1e9 / paddedTokens * (plannedPadded - paddedTokens);
        deliver(batchResults(d.rows(), keys), String.format(Locale.ROOT, "batch %d/%d, about %.0f s left",
            batches, plan.size(), eta));
      }
      if (lanes.count() > 1) {
        laneIdleNanos = Math.max(0, lanes.count() * (System.nanoTime() - modelStart) - laneBusyNanos);
      }
      if (failure != null) {
        throw failure;
      }
      cancel.throwIfCancelled(TASK);
    }

    private static CompletableFuture<Done> take(BlockingQueue<CompletableFuture<Done>> finished) {
      try {
        return finished.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new WorkbenchException("Interrupted while waiting for a rerank batch", e);
      }
    }

    private void finishBatch(int[] rows, List<ScoreKey> keys, int[] lengths, float[] logits, boolean store) {
      Map<ScoreKey, Float> fresh = new HashMap<>();
      for (int j = 0; j < rows.length; j++) {
        ScoreKey key = keys.get(rows[j]);
        List<Integer> members = groups.get(key);
        for (int m = 0; m < members.size(); m++) {
          results[members.get(m)] = result(members.get(m), logits[j], m > 0);
        }
        duplicates += members.size() - 1;
        realTokens += lengths[rows[j]];
        fresh.put(key, logits[j]);
      }
      batches++;
      modelRows += rows.length;
      if (firstBatch == null) {
        firstBatch = Duration.ofNanos(System.nanoTime() - start);
      }
      if (store && cache != null) {
        cache.putAll(fresh);
      }
    }

    private List<ScoredPair> batchResults(int[] rows, List<ScoreKey> keys) {
      List<ScoredPair> batch = new ArrayList<>();
      for (int r : rows) {
        for (int i : groups.get(keys.get(r))) {
          batch.add(results[i]);
        }
      }
      return batch;
    }

    private ScoredPair result(int i, float logit, boolean cached) {
      EncodedPair p = pairs.get(i);
      ScoredPair s = new ScoredPair(i, logit, ScoredPair.sigmoid(logit), p.length(), p.truncatedTokens(), cached);
      results[i] = s;
      return s;
    }

    private void deliver(List<ScoredPair> batch, String message) {
      if (batch.isEmpty()) {
        return;
      }
      done += batch.size();
      listener.onBatch(List.copyOf(batch));
      progress.onProgress(new Progress(TASK, done, pairs.size(), Duration.ofNanos(System.nanoTime() - start), message));
    }

    RerankOutcome outcome() {
      return new RerankOutcome(List.of(results), batches, modelRows, realTokens, paddedTokens, cacheHits,
          duplicates, firstBatch, Duration.ofNanos(System.nanoTime() - start), Duration.ofNanos(laneIdleNanos));
    }
  }
}
