package dev.relwb.eval.metric;

import dev.relwb.core.WorkbenchException;

/// `RR` and `RR@k` (trec_eval `recip_rank`, and `-M k -m recip_rank` for the cutoff).
///
/// RR = 1 / r, where r is the rank of the first relevant document (grade ≥ threshold) among all
/// retrieved documents, or among the first k for `RR@k`; 0 when there is none (also for topics with
/// no relevant document). The mean over topics is MRR.
public record ReciprocalRank(int cutoff) implements Metric {
  /// The uncut `RR`.
  public static final ReciprocalRank UNCUT = new ReciprocalRank(0);

  /// Rejects a negative cutoff; 0 means no cutoff.
  public ReciprocalRank {
    if (cutoff < 0) {
      throw new WorkbenchException("RR@k needs k >= 1, not " + cutoff);
    }
  }

  @Override
  public String name() {
    return cutoff == 0 ? "RR" : "RR@" + cutoff;
  }

  @Override
  public double value(TopicRanking t) {
    int depth = cutoff == 0 ? t.retrieved() : Math.min(cutoff, t.retrieved());
    for (int i = 0; i < depth; i++) {
      if (t.relevant(i)) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }
}
