package dev.relwb.eval.metric;

/// `Judged@k` (ir_measures; trec_eval 9.0.8 has no such measure).
///
/// Judged@k = (documents with a qrels grade ≥ 0 among the first k retrieved) / min(k, n), where n is
/// the number retrieved, in `trec_eval`'s order. The relevance threshold does not apply.
/// (ir_measures sorts ties by docid ascending and also counts negative grades as judged; we keep
/// `trec_eval`'s order and its notion of "judged" so that all metrics see the same ranking.)
/// 1 − Judged@k is the unjudged share of the top k.
public record JudgedAtK(int k) implements Metric {
  /// Rejects k < 1.
  public JudgedAtK {
    Metrics.requirePositive(k, "Judged@k");
  }

  @Override
  public String name() {
    return "Judged@" + k;
  }

  @Override
  public double value(TopicRanking t) {
    int depth = Math.min(k, t.retrieved());
    if (depth == 0) {
      return 0;
    }
    int judged = 0;
    for (int i = 0; i < depth; i++) {
      judged += t.judged(i) ? 1 : 0;
    }
    return (double) judged / depth;
  }
}
