package dev.relwb.eval.metric;

/// `nDCG@k` (trec_eval `ndcg_cut.k`), linear gain.
///
/// DCG@k = Σ_{i=1}^{min(k, n)} g_i / log2(i + 1), where g_i is the qrels grade of the document at
/// rank i when it is > 0 and 0 otherwise (unjudged, grade 0 or negative). IDCG@k is the same sum over
/// the ideal ranking: the grades > 0 of **all** the topic's judged documents (retrieved or not),
/// highest first, cut at k. nDCG@k = DCG@k / IDCG@k, and 0 when the topic has no grade > 0.
/// The relevance threshold does not apply (`trec_eval -l` does not change ndcg).
public record NdcgAtK(int k) implements Metric {
  /// Rejects k < 1.
  public NdcgAtK {
    Metrics.requirePositive(k, "nDCG@k");
  }

  @Override
  public String name() {
    return "nDCG@" + k;
  }

  @Override
  public double value(TopicRanking t) {
    int[] ideal = t.idealGains();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.length); i++) {
      idcg += ideal[i] / log2(i + 2);
    }
    if (idcg == 0) {
      return 0;
    }
    double dcg = 0;
    for (int i = 0; i < Math.min(k, t.retrieved()); i++) {
      int g = t.gain(i);
      if (g > 0) {
        dcg += g / log2(i + 2);
      }
    }
    return dcg / idcg;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }
}
