package dev.relwb.eval.metric;

/// `R@k` (trec_eval `recall.k`).
///
/// R@k = (relevant documents among the first k retrieved) / num_rel, where num_rel counts every
/// qrels document with grade ≥ threshold, retrieved or not. 0 when num_rel = 0 (and that 0 counts
/// in the mean).
public record RecallAtK(int k) implements Metric {
  /// Rejects k < 1.
  public RecallAtK {
    Metrics.requirePositive(k, "R@k");
  }

  @Override
  public String name() {
    return "R@" + k;
  }

  @Override
  public double value(TopicRanking t) {
    return t.numRelevant() == 0 ? 0 : (double) t.relevantInTop(k) / t.numRelevant();
  }
}
