package dev.relwb.service.workbench;

import dev.relwb.core.DocId;
import dev.relwb.eval.Averaging;
import dev.relwb.eval.EvalSettings;
import dev.relwb.eval.Evaluator;
import dev.relwb.eval.Qrels;
import dev.relwb.eval.Run;
import dev.relwb.eval.RunResult;
import dev.relwb.eval.metric.Metrics;
import java.util.List;
import java.util.Map;

/// The live per-query metrics of the search view, computed by the eval package's trec_eval-exact
/// metrics: nDCG@10 (linear gain, ideal from every graded document of the query) and RR@10
/// (grade ≥ 1 is relevant), plus the share of the top 10 that has no grade (skips and
/// "unrateable" count as unjudged).
public final class LiveMetrics {
  private static final int K = 10;
  private static final String TOPIC = "q";
  private static final EvalSettings SETTINGS = new EvalSettings(Metrics.parseList("nDCG@10,RR@10"), 1,
      Averaging.RUN);

  private LiveMetrics() { }

  /// The metrics of `ranking` (best first) on `judgments`.
  public static QueryMetrics of(List<DocId> ranking, Map<DocId, Judgment> judgments) {
    int n = Math.min(K, ranking.size());
    if (n == 0) {
      return QueryMetrics.EMPTY;
    }
    long unjudged = ranking.stream().limit(K).filter(d -> judgments.get(d) == null || !judgments.get(d).isGraded())
        .count();
    double share = (double) unjudged / n;
    Qrels.Builder qb = Qrels.builder("current judgments");
    judgments.forEach((doc, j) -> {
      if (j.isGraded()) {
        qb.add(TOPIC, doc.value(), j.grade(), 0);
      }
    });
    Qrels qrels = qb.build();
    if (qrels.size() == 0) {
      return new QueryMetrics(0, 0, share);
    }
    Run.Builder rb = Run.builder("shown");
    for (int i = 0; i < ranking.size(); i++) {
      rb.add(TOPIC, ranking.get(i).value(), ranking.size() - i, i + 1, 0);
    }
    RunResult r = Evaluator.evaluate(qrels, rb.build(), SETTINGS);
    return new QueryMetrics(r.value(TOPIC, "nDCG@10"), r.value(TOPIC, "RR@10"), share);
  }
}
