package dev.relwb.service;

import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.CrossEncoderReranker;
import dev.relwb.rerank.LoadedModel;
import dev.relwb.rerank.RerankOutcome;
import dev.relwb.rerank.RerankParams;
import java.util.List;

/// `relwb score` on the loaded model: pairs with their own queries and languages go through the same
/// reranker as a rerank job (length-sorted batches, score cache). Runs on the inference thread.
final class PairScoring {
  private PairScoring() { }

  /// Scores `pairs` (see [RerankService#scorePairs]) with `reranker` over `model`.
  static List<PairScore> score(CrossEncoderReranker reranker, LoadedModel model, List<PairInput> pairs, String lang,
                               int maxLength, boolean useCache, ProgressListener progress, CancelToken cancel) {
    int limit = model.identity().maxTokens();
    if (maxLength > 0 && (maxLength < RerankParams.MIN_MAX_LENGTH || maxLength > limit)) {
      throw new WorkbenchException("Max length " + maxLength + " is out of range; use " + RerankParams.MIN_MAX_LENGTH
          + ".." + limit + " tokens for this model");
    }
    String fallback = model.resolveLanguage(lang);
    List<String> langs = pairs.stream()
        .map(p -> p.lang() == null || p.lang().isBlank() ? fallback : model.resolveLanguage(p.lang())).toList();
    RerankParams params = RerankParams.defaults().withLanguage(fallback).withCache(useCache);
    if (maxLength > 0) {
      params = params.withMaxLength(maxLength);
    }
    RerankOutcome out = reranker.rerank(pairs.stream().map(PairInput::query).toList(),
        pairs.stream().map(PairInput::passage).toList(), langs, params, batch -> { }, progress, cancel);
    return out.results().stream().map(s -> new PairScore(s.index(), langs.get(s.index()), s.logit(), s.score(),
        s.tokens(), s.truncatedTokens())).toList();
  }
}
