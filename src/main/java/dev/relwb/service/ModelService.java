package dev.relwb.service;

import dev.relwb.core.CancelToken;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.EncodedPair;
import dev.relwb.rerank.LoadedModel;
import dev.relwb.rerank.ModelLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/// Loads a mono-XM / X-MOD model folder and scores (query, passage) pairs with it. Keeps the last
/// loaded model open for the next call (same folder and device). Pairs are tokenized, sorted by
/// length and scored in small batches; results come back in input order.
public final class ModelService implements AutoCloseable {
  /// Default max length in tokens (capped at the model's limit).
  public static final int DEFAULT_MAX_LENGTH = 512;
  private static final int BATCH_TOKENS = 4096;

  private LoadedModel loaded;
  private Path loadedDir;
  private String loadedDevice;

  /// What a loaded model is and accepts.
  ///
  /// @param dir             the model folder
  /// @param id              weights identity (for caches)
  /// @param device          where it runs, e.g. `cpu()`
  /// @param languages       adapter codes in lang-id order
  /// @param defaultLanguage the code used when none is given
  /// @param displayNames    code → `French — fr_XX`
  /// @param maxTokens       longest input
  public record ModelInfo(Path dir, String id, String device, List<String> languages, String defaultLanguage,
                          Map<String, String> displayNames, int maxTokens) { }

  /// One pair to score; `lang` may be null (the request's language, else the model default).
  ///
  /// @param query   query text
  /// @param passage passage text
  /// @param lang    language as typed (`fr`, `fr_FR`, `French`, `fr_XX`) or null
  public record PairInput(String query, String passage, String lang) { }

  /// The score of one pair.
  ///
  /// @param index           position in the request
  /// @param lang            exact adapter code used
  /// @param logit           raw model output
  /// @param score           sigmoid(logit)
  /// @param tokens          tokens the model saw
  /// @param truncatedTokens passage tokens cut by max length
  public record PairScore(int index, String lang, float logit, float score, int tokens, int truncatedTokens) { }

  /// Loads (or reuses) the model in `dir` on `device` and describes it.
  public synchronized ModelInfo open(Path dir, String device) {
    LoadedModel m = model(dir, device);
    return new ModelInfo(dir, m.identity().id(), m.identity().device(), m.languages(),
        m.identity().defaultLanguage(), m.displayNames(), m.identity().maxTokens());
  }

  /// The exact language code of the model in `dir` for user input (null = default).
  public synchronized String resolveLanguage(Path dir, String device, String input) {
    return model(dir, device).resolveLanguage(input);
  }

  /// Scores `pairs` (each pair's language, else `lang`, else the model default) at `maxLength`
  /// (null = 512, capped at the model's limit). Reports progress after each batch.
  public synchronized List<PairScore> score(Path dir, String device, List<PairInput> pairs, String lang,
                                            Integer maxLength, ProgressListener progress, CancelToken cancel) {
    LoadedModel m = model(dir, device);
    int max = maxLength == null ? Math.min(DEFAULT_MAX_LENGTH, m.identity().maxTokens()) : maxLength;
    String fallback = m.resolveLanguage(lang);
    List<String> langs = new ArrayList<>();
    List<String> qs = new ArrayList<>();
    List<String> ps = new ArrayList<>();
    for (PairInput p : pairs) {
      langs.add(p.lang() == null || p.lang().isBlank() ? fallback : m.resolveLanguage(p.lang()));
      qs.add(p.query());
      ps.add(p.passage());
    }
    List<EncodedPair> enc = m.tokenizer().encode(qs, ps, max);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < enc.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> enc.get(i).length()).reversed());
    PairScore[] out = new PairScore[enc.size()];
    long start = System.nanoTime();
    int done = 0;
    while (done < order.size()) {
      cancel.throwIfCancelled("scoring");
      List<Integer> batch = nextBatch(order, done, enc);
      List<int[]> rows = batch.stream().map(i -> enc.get(i).ids()).toList();
      float[] logits = m.model().logits(rows, batch.stream().map(langs::get).toList());
      for (int k = 0; k < batch.size(); k++) {
        int i = batch.get(k);
        EncodedPair e = enc.get(i);
        out[i] = new PairScore(i, langs.get(i), logits[k], sigmoid(logits[k]), e.length(), e.truncatedTokens());
      }
      done += batch.size();
      progress.onProgress(new Progress("scoring", done, order.size(), Duration.ofNanos(System.nanoTime() - start),
          done + "/" + order.size() + " pairs scored"));
    }
    return List.of(out);
  }

  private static List<Integer> nextBatch(List<Integer> order, int from, List<EncodedPair> enc) {
    int longest = enc.get(order.get(from)).length();
    int n = Math.max(1, Math.min(32, BATCH_TOKENS / Math.max(1, longest)));
    return order.subList(from, Math.min(order.size(), from + n));
  }

  private static float sigmoid(float x) {
    return (float) (1.0 / (1.0 + Math.exp(-x)));
  }

  private LoadedModel model(Path dir, String device) {
    Path d = dir.toAbsolutePath().normalize();
    String dev = device == null ? "auto" : device;
    if (loaded != null && d.equals(loadedDir) && dev.equals(loadedDevice)) {
      return loaded;
    }
    close();
    loaded = ModelLoader.load(d, dev);
    loadedDir = d;
    loadedDevice = dev;
    return loaded;
  }

  /// Closes the loaded model, if any.
  @Override
  public synchronized void close() {
    if (loaded != null) {
      loaded.close();
      loaded = null;
      loadedDir = null;
    }
  }

  /// Fails if `maxLength` cannot be honoured, before anything is loaded.
  public static void checkMaxLength(Integer maxLength) {
    if (maxLength != null && maxLength < 5) {
      throw new WorkbenchException("--max-length " + maxLength + " is too small; use at least 5 tokens");
    }
  }
}
