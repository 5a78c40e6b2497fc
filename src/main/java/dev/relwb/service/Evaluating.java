package dev.relwb.service;

import dev.relwb.core.CancelToken;
import dev.relwb.core.DocId;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.Ranking;
import dev.relwb.eval.PoolSpec;
import dev.relwb.eval.PooledDoc;
import dev.relwb.judge.Judgment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/// Evaluation as the window uses it: BM25 against BM25+reranker over a workspace's judged topics, the
/// export of the result, the live metrics of one ranking and the judging pool of one query's lists.
/// Implemented by [EvaluationService]; a port so ViewModel tests can stand in.
public interface Evaluating {
  /// The topic sets of a workspace that have graded judgments (empty when there are none).
  @Blocking
  List<String> topicSets(String workspace);

  /// Ranks every topic of the request's set with BM25 and with BM25+reranker, and compares the two runs.
  @Blocking
  EvalOutcome compareSystems(CompareRequest request, ProgressListener progress, CancelToken cancel);

  /// Writes the runs (TREC, with metadata) and the report (Markdown, CSV, JSON) into `folder`; returns
  /// the files written.
  @Blocking
  List<Path> export(EvalOutcome outcome, Path folder);

  /// nDCG@10, RR@10 and the unjudged share of the top 10 of `ranking` (best first) on `judgments`, by the
  /// same evaluator as every other metric (pure and cheap: fine on the UI thread).
  QueryMetrics liveMetrics(List<DocId> ranking, Map<DocId, Judgment> judgments);

  /// The judging pool of one query's lists as shown (each a [Ranking] of the query's topic, named after its
  /// system: the first stage, the reranked lists, a second template), judged by `current` (the current
  /// judgment of each document; a skip leaves it unjudged): the same `eval.Pooling` function as
  /// `relwb pool` over run files of these lists. Pure and cheap: fine on the UI thread.
  default List<PooledDoc> pool(List<Ranking> lists, Map<DocId, Judgment> current, PoolSpec spec) {
    return EvaluationService.poolOf(lists, current, spec);
  }
}
