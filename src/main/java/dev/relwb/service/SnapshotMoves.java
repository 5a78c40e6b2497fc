package dev.relwb.service;

import dev.relwb.core.Ranking;
import dev.relwb.core.ScoredHit;
import dev.relwb.eval.EvalReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// The rank moves of one list between two snapshots: per query the union of both top k, each document
/// with its rank in `a` and in `b` (0 = outside that top k, ranks as shown, from 1).
final class SnapshotMoves {
  private SnapshotMoves() { }

  /// List `list` compared: every query of `a` (in its order), then those only `b` ranked (a query neither
  /// retrieved anything for is left out); `texts` gives the query texts by topic id; `report` compares the
  /// runs' metrics.
  static SnapshotDiff.ListDiff list(String list, List<Ranking> a, List<Ranking> b, int k, Map<String, String> texts,
      EvalReport report) {
    Map<String, Ranking> byTopicA = byTopic(a);
    Map<String, Ranking> byTopicB = byTopic(b);
    List<String> topics = new ArrayList<>(byTopicA.keySet());
    byTopicB.keySet().stream().filter(t -> !byTopicA.containsKey(t)).forEach(topics::add);
    List<SnapshotDiff.QueryDiff> queries = new ArrayList<>(topics.size());
    for (String t : topics) {
      SnapshotDiff.QueryDiff q = query(t, texts.getOrDefault(t, ""), byTopicA.get(t), byTopicB.get(t), k);
      if (!q.docs().isEmpty()) {
        queries.add(q);
      }
    }
    return new SnapshotDiff.ListDiff(list, queries, report);
  }

  /// One query: the documents of `b`'s top k (best first), then those that left `a`'s top k (by rank in `a`).
  static SnapshotDiff.QueryDiff query(String topic, String text, Ranking a, Ranking b, int k) {
    Map<String, Integer> ranksA = topK(a, k);
    Map<String, Integer> ranksB = topK(b, k);
    List<SnapshotDiff.DocMove> docs = new ArrayList<>(ranksB.size() + ranksA.size());
    int entered = 0;
    int left = 0;
    for (Map.Entry<String, Integer> e : ranksB.entrySet()) {
      Integer ra = ranksA.get(e.getKey());
      entered += ra == null ? 1 : 0;
      docs.add(new SnapshotDiff.DocMove(e.getKey(), ra == null ? 0 : ra, e.getValue()));
    }
    for (Map.Entry<String, Integer> e : ranksA.entrySet()) {
      if (!ranksB.containsKey(e.getKey())) {
        left++;
        docs.add(new SnapshotDiff.DocMove(e.getKey(), e.getValue(), 0));
      }
    }
    return new SnapshotDiff.QueryDiff(topic, text == null ? "" : text, docs, entered, left);
  }

  /// Document → rank (from 1, as shown) of the first `k` hits; empty for no ranking.
  private static Map<String, Integer> topK(Ranking r, int k) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (r != null) {
      List<ScoredHit> hits = r.hits();
      for (int i = 0; i < Math.min(k, hits.size()); i++) {
        out.putIfAbsent(hits.get(i).doc().value(), i + 1);
      }
    }
    return out;
  }

  private static Map<String, Ranking> byTopic(List<Ranking> rankings) {
    Map<String, Ranking> out = new LinkedHashMap<>();
    for (Ranking r : rankings) {
      out.putIfAbsent(r.query().value(), r);
    }
    return out;
  }
}
