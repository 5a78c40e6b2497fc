package dev.relwb.rerank;

import java.time.Duration;
import java.util.List;

/// Everything a finished job produced, results in input order, with the figures a benchmark needs.
///
/// @param results        one result per input pair, `results.get(i).index() == i`
/// @param batches        model batches run
/// @param modelRows      rows the model scored (after the cache and de-duplication)
/// @param realTokens     tokens in the rows the model scored
/// @param paddedTokens   tokens the model computed, padding included (Σ rows × longest row per batch)
/// @param cacheHits      pairs answered by the score cache
/// @param duplicates     pairs answered by an identical pair of the same job
/// @param firstBatch     time from the start of the job to the first model batch's results (null if none ran)
/// @param elapsed        time of the whole job, tokenization included
/// @param laneIdle       lane time with no batch to run while the model phase lasted: lanes × its wall
///                       time minus the batches' run times (the first batch, which runs alone on
///                       all threads, counts for every lane); zero with one lane
public record RerankOutcome(List<ScoredPair> results, int batches, int modelRows, long realTokens,
                            long paddedTokens, int cacheHits, int duplicates, Duration firstBatch,
                            Duration elapsed, Duration laneIdle) {
  /// Copies the result list.
  public RerankOutcome {
    results = List.copyOf(results);
  }

  /// The logits in input order.
  public float[] logits() {
    float[] out = new float[results.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = results.get(i).logit();
    }
    return out;
  }
}
