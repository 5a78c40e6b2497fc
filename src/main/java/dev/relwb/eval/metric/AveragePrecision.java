package dev.relwb.eval.metric;

/// `AP` (trec_eval `map` per topic; the mean over topics is MAP).
///
/// AP = (1 / num_rel) · Σ over relevant retrieved documents at rank r of P@r, computed to the full
/// depth of the run. Relevant documents never retrieved add 0 but count in num_rel. 0 when
/// num_rel = 0.
public record AveragePrecision() implements Metric {
  @Override
  public String name() {
    return "AP";
  }

  @Override
  public double value(TopicRanking t) {
    if (t.numRelevant() == 0) {
      return 0;
    }
    double sum = 0;
    int hits = 0;
    for (int i = 0; i < t.retrieved(); i++) {
      if (t.relevant(i)) {
        hits++;
        sum += (double) hits / (i + 1);
      }
    }
    return sum / t.numRelevant();
  }
}
