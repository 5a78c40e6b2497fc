package dev.relwb.service.workbench;

import dev.relwb.core.DocId;
import java.util.List;
import java.util.Map;

/// The live per-query metrics of the search view, with trec_eval conventions: nDCG@10 with linear
/// gain (grade) and log2 discount, the ideal ranking built from every graded document of the
/// query; RR@10 = 1 / rank of the first document graded ≥ 1 within the top 10; unjudged share =
/// ungraded documents among the top 10 (skips and "unrateable" count as unjudged).
public final class LiveMetrics {
  private static final int K = 10;

  private LiveMetrics() { }

  /// The metrics of `ranking` (best first) on `judgments`.
  public static QueryMetrics of(List<DocId> ranking, Map<DocId, Judgment> judgments) {
    int n = Math.min(K, ranking.size());
    if (n == 0) {
      return QueryMetrics.EMPTY;
    }
    double dcg = 0;
    double rr = 0;
    int unjudged = 0;
    for (int i = 0; i < n; i++) {
      Judgment j = judgments.get(ranking.get(i));
      if (j == null || !j.isGraded()) {
        unjudged++;
        continue;
      }
      dcg += j.grade() / log2(i + 2);
      if (rr == 0 && j.grade() >= 1) {
        rr = 1.0 / (i + 1);
      }
    }
    int[] ideal = judgments.values().stream().filter(Judgment::isGraded).mapToInt(Judgment::grade)
        .filter(g -> g > 0).boxed().sorted((a, b) -> b - a).mapToInt(Integer::intValue).toArray();
    double idcg = 0;
    for (int i = 0; i < Math.min(K, ideal.length); i++) {
      idcg += ideal[i] / log2(i + 2);
    }
    return new QueryMetrics(idcg == 0 ? 0 : dcg / idcg, rr, (double) unjudged / n);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
