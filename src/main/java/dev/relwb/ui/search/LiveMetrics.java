package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import dev.relwb.judge.Judgment;
import dev.relwb.search.Hit;
import dev.relwb.service.Evaluating;
import dev.relwb.service.QueryMetrics;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/// The live nDCG@10, RR@10 and unjudged share of the first-stage list, the mono-XM list and the A/B list.
final class LiveMetrics {
  private final ObjectProperty<QueryMetrics> bm25 = new SimpleObjectProperty<>(QueryMetrics.EMPTY);
  private final ObjectProperty<QueryMetrics> rerank = new SimpleObjectProperty<>(QueryMetrics.EMPTY);
  private final ObjectProperty<QueryMetrics> compare = new SimpleObjectProperty<>(QueryMetrics.EMPTY);

  ObjectProperty<QueryMetrics> bm25() {
    return bm25;
  }

  ObjectProperty<QueryMetrics> rerank() {
    return rerank;
  }

  ObjectProperty<QueryMetrics> compare() {
    return compare;
  }

  /// Recomputes the three from the shown lists and judgments.
  void update(Evaluating evaluating, List<Hit> hits, Map<DocId, Judgment> judgments, RerankedList reranked,
      RerankedList ab, TemplateList vs) {
    bm25.set(evaluating.liveMetrics(hits.stream().map(ResultRow::docOf).toList(), judgments));
    rerank.set(reranked.rows().isEmpty() ? QueryMetrics.EMPTY
        : evaluating.liveMetrics(reranked.effectiveRanking(hits), judgments));
    compare.set(ab.rows().isEmpty() ? QueryMetrics.EMPTY
        : evaluating.liveMetrics(ab.effectiveRanking(hits), judgments));
    vs.metrics().set(vs.hits().isEmpty() ? QueryMetrics.EMPTY : evaluating.liveMetrics(vs.ranking(), judgments));
  }
}
