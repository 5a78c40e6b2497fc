package dev.relwb.rerank;

import dev.relwb.core.CancelToken;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.model.CrossEncoderModel;
import dev.relwb.rerank.model.ModelIdentity;
import dev.relwb.rerank.runtime.BatchLanes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// Scores (query, passage) pairs with a cross-encoder, fast and piece by piece.
///
/// All pairs are tokenized first. Pairs with identical token rows are scored once, and pairs the
/// [ScoreCache] knows are not scored at all (they are reported first, as one batch). The rest is cut by
/// [BatchPlanner] into length-sorted batches under a token budget, each padded only to its own
/// longest row, with a small first batch; with several batch lanes, [BatchPlanner#forLanes] orders
/// them costliest first and splits the last ones, and [LaneScheduler] runs them on the lanes. After
/// every batch, on the job's thread, the listener gets that batch's results (each with its original
/// index) and the progress listener gets pairs done/total, elapsed time and an ETA. The cancel token
/// is checked before every batch, so a cancel takes effect within one batch.
///
/// Not thread-safe: it drives the model, so it runs only on the inference thread
/// (`rerank.runtime.InferenceExecutor`).
public final class CrossEncoderReranker {
  private static final String TASK = "Reranking";
  private final CrossEncoderModel model;
  private final PairTokenizer tokenizer;
  private final ScoreCache cache;
  private final LaneScheduler scheduler;

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
    this.scheduler = new LaneScheduler(model.parallelBatches() ? lanes : BatchLanes.CALLER);
  }

  /// How many batches of one job run at once.
  public int laneCount() {
    return scheduler.laneCount();
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
    String cacheId = model.cacheId();
    for (int i = 0; i < pairs.size(); i++) {
      ScoreKey key = ScoreKey.of(cacheId, langs.get(i), maxLength, pairs.get(i).ids());
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
    return new EncodedPair(cut(p.ids(), maxLength), p.queryTokens(), p.passageTokens() - cut,
        p.truncatedTokens() + cut, p.typeIds() == null ? null : cut(p.typeIds(), maxLength));
  }

  /// The first `maxLength - 1` entries and the last one.
  private static int[] cut(int[] a, int maxLength) {
    int[] r = new int[maxLength];
    System.arraycopy(a, 0, r, 0, maxLength - 1);
    r[maxLength - 1] = a[a.length - 1];
    return r;
  }

  /// One model batch: its rows (indices into the job's distinct pairs) and their inputs.
  private record Batch(int[] rows, List<int[]> ids, List<int[]> typeIds, List<String> langs) { }

  /// One finished batch: its rows and their logits.
  private record Done(int[] rows, float[] logits) { }

  /// Progress text of the model phase: batches done of all, and the seconds left at the rate so far.
  private record Eta(long start, int batches, long plannedPadded) {
    String message(int done, long paddedDone) {
      double left = (System.nanoTime() - start) / 1e9 / paddedDone * (plannedPadded - paddedDone);
      return String.format(Locale.ROOT, "batch %d/%d, about %.0f s left", done, batches, left);
    }
  }

  /// The state of one job: what is done, what streams out, and the figures for the outcome.
  private final class Job {
    private final List<EncodedPair> pairs;
    private final List<String> langs;
    private final LinkedHashMap<ScoreKey, List<Integer>> groups;
    private final RerankListener listener;
    private final ProgressListener progress;
    private final long start;
    private final ScoredPair[] results;
    private List<ScoreKey> keys;
    private int[] lengths;
    private int done;
    private int batches;
    private Duration laneIdle = Duration.ZERO;
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

    /// Plans the pairs the cache did not know into batches, runs them on the lanes, and delivers
    /// each finished batch here, on the job's thread.
    void runModel(RerankParams params, CancelToken cancel) {
      keys = new ArrayList<>(groups.keySet());
      lengths = keys.stream().mapToInt(k -> pairs.get(groups.get(k).getFirst()).length()).toArray();
      List<int[]> plan = BatchPlanner.forLanes(BatchPlanner.plan(lengths, params.batchTokens(), params.firstBatchTokens()),
          lengths, scheduler.laneCount());
      List<Batch> inputs = plan.stream().map(this::batch).toList();
      Eta eta = new Eta(System.nanoTime(), plan.size(),
          plan.stream().mapToLong(b -> BatchPlanner.paddedTokens(b, lengths)).sum());
      laneIdle = scheduler.run(inputs, b -> new Done(b.rows(), model.logits(b.ids(), b.typeIds(), b.langs())),
          d -> deliverModel(d, eta, params.useCache()), cancel, TASK);
    }

    /// The model inputs of one planned batch: each row's first pair stands for its identical ones.
    private Batch batch(int[] rows) {
      List<int[]> ids = new ArrayList<>(rows.length);
      List<int[]> types = new ArrayList<>(rows.length);
      List<String> rowLangs = new ArrayList<>(rows.length);
      for (int r : rows) {
        int first = groups.get(keys.get(r)).getFirst();
        ids.add(pairs.get(first).ids());
        types.add(pairs.get(first).typeIds());
        rowLangs.add(langs.get(first));
      }
      return new Batch(rows, ids, types, rowLangs);
    }

    /// One finished model batch: cache store, results at their original index, progress with ETA.
    private void deliverModel(Done d, Eta eta, boolean store) {
      if (d.logits().length != d.rows().length) {
        throw new WorkbenchException("The model returned " + d.logits().length + " logits for "
            + d.rows().length + " rows");
      }
      paddedTokens += BatchPlanner.paddedTokens(d.rows(), lengths);
      finishBatch(d.rows(), d.logits(), store);
      deliver(batchResults(d.rows()), eta.message(batches, paddedTokens));
    }

    private void finishBatch(int[] rows, float[] logits, boolean store) {
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

    private List<ScoredPair> batchResults(int[] rows) {
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
      ScoredPair s = new ScoredPair(i, logit, model.score(logit), p.length(), p.truncatedTokens(), cached);
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
          duplicates, firstBatch, Duration.ofNanos(System.nanoTime() - start), laneIdle);
    }
  }
}
