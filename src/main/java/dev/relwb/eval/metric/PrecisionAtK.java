package dev.relwb.eval.metric;

/// `P@k` (trec_eval `P.k`).
///
/// P@k = (relevant documents among the first k retrieved) / k. The divisor is always k, also when
/// fewer than k documents were retrieved.
public record PrecisionAtK(int k) implements Metric {
  /// Rejects k < 1.
  public PrecisionAtK {
    Metrics.requirePositive(k, "P@k");
  }

  @Override
  public String name() {
    return "P@" + k;
  }

  @Override
  public double value(TopicRanking t) {
    return (double) t.relevantInTop(k) / k;
  }
}
