package dev.relwb.service;

import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.model.Languages;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Connects `relwb run --rerank` to the rerank service: the model is loaded once per run (a folder or
/// hub id), and each topic's BM25 head is scored on the inference thread with the score cache.
/// A topic's language picks the adapter; a language the model lacks falls back to the model's
/// default adapter, with a log line, so one odd topic does not stop a run.
final class RunRerankers implements RunReranker.Factory {
  private static final Logger LOG = LoggerFactory.getLogger(RunRerankers.class);
  private final RerankService rerank;
  private final String device;
  private final int threads;

  RunRerankers(RerankService rerank, String device, int threads) {
    this.rerank = rerank;
    this.device = device;
    this.threads = threads;
  }

  @Override
  public RunReranker open(String model) {
    RerankerInfo info = rerank.load(model, device, threads, ProgressListener.NONE, CancelToken.none());
    Languages languages = new Languages(info.languages(), info.defaultLanguage());
    return (query, language, candidates, cancel) -> {
      String lang = adapterFor(languages, language);
      List<PairInput> pairs = candidates.stream().map(c -> new PairInput(query, c.text(), lang)).toList();
      double[] logits = new double[pairs.size()];
      for (PairScore s : rerank.scorePairs(pairs, lang, 0, true, ProgressListener.NONE, cancel)) {
        logits[s.index()] = s.logit();
      }
      return logits;
    };
  }

  /// The language as typed when the model has an adapter for it, else null (the default adapter).
  private static String adapterFor(Languages languages, String language) {
    if (language == null || language.isBlank() || "auto".equals(language.toLowerCase(Locale.ROOT))) {
      return null;
    }
    try {
      return languages.resolve(language);
    } catch (WorkbenchException e) {
      LOG.warn("No adapter for '{}' in the model; using its default adapter for that topic", language);
      return null;
    }
  }
}
