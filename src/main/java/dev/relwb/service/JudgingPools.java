package dev.relwb.service;

import dev.relwb.core.DocId;
import dev.relwb.core.Ranking;
import dev.relwb.eval.PoolSpec;
import dev.relwb.eval.PooledDoc;
import dev.relwb.eval.Pooling;
import dev.relwb.eval.Run;
import dev.relwb.judge.Judgment;
import dev.relwb.judge.JudgmentState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// The judging pool as the window and `relwb pool` show it: one query's on-screen lists pooled with
/// [Pooling#pool], what counts as judged, and the TSV lines of `relwb pool`.
final class JudgingPools {
  private JudgingPools() { }

  /// The judging pool of one query's lists as the window shows them (each ranking a run named after its
  /// system, in the order shown), judged by `current` (the current judgment of each document): the same
  /// [Pooling#pool] as `relwb pool`.
  static List<PooledDoc> of(List<Ranking> lists, Map<DocId, Judgment> current, PoolSpec spec) {
    List<Run> runs = lists.stream().map(r -> EvaluationService.toRun(r.system(), List.of(r))).toList();
    return Pooling.pool(runs, spec, (t, doc) -> countsAsJudged(current.get(new DocId(doc))));
  }

  /// Whether a current judgment takes a document out of the unjudged pool: any judgment but a skip.
  static boolean countsAsJudged(Judgment j) {
    return j != null && j.state() != JudgmentState.SKIP;
  }

  /// The TSV of `relwb pool`: `topic<TAB>doc<TAB>best_rank<TAB>ranks` (ranks as `run:rank` pairs) after a
  /// header line; `marked` adds a fifth column `judged` (`yes`/`no`).
  static String tsv(List<PooledDoc> pool, boolean marked) {
    StringBuilder sb = new StringBuilder("topic\tdoc\tbest_rank\tranks" + (marked ? "\tjudged\n" : "\n"));
    for (PooledDoc d : pool) {
      List<String> ranks = new ArrayList<>();
      d.ranks().forEach((run, rank) -> ranks.add(run + ":" + rank));
      sb.append(d.topic()).append('\t').append(d.doc()).append('\t').append(d.bestRank()).append('\t')
          .append(String.join(",", ranks)).append(marked ? (d.judged() ? "\tyes\n" : "\tno\n") : "\n");
    }
    return sb.toString();
  }

}
