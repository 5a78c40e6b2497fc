package dev.relwb.service;

import java.util.List;

/// The result of a finished rerank job.
///
/// @param passages     one result per passage, in request order
/// @param documents    MaxP document scores, best first (empty when the request had no doc ids)
/// @param batches      model batches run
/// @param cacheHits    passages answered by the score cache
/// @param elapsedMillis wall time of the job
/// @param device       where it ran, e.g. `cpu (2 threads)`
/// @param language     the adapter language code that scored the pairs
public record RerankSummary(List<RerankedPassage> passages, List<RankedDocument> documents, int batches,
                            int cacheHits, long elapsedMillis, String device, String language) {
  /// Copies the lists.
  public RerankSummary {
    passages = List.copyOf(passages);
    documents = List.copyOf(documents);
  }

  /// The logits in request order.
  public float[] logits() {
    float[] out = new float[passages.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = passages.get(i).logit();
    }
    return out;
  }

  /// The scores (the model's activation of the logits, sigmoid by default) in request order.
  public float[] scores() {
    float[] out = new float[passages.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = passages.get(i).score();
    }
    return out;
  }
}
