package dev.relwb.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/// What to judge next: for every topic of the runs, the documents in the union of each run's top k
/// (in `trec_eval`'s order) that have no judgment yet.
public final class Pooling {
  private Pooling() { }

  /// One unjudged pooled document: its best (smallest) rank over the runs and its rank in each run
  /// that has it in the top k (run name → 1-based rank).
  public record PooledDoc(String topic, String doc, int bestRank, Map<String, Integer> ranks) { }

  /// The pool of unjudged documents; `isJudged(topic, doc)` tells which are already judged. Topics
  /// come in byte order; within a topic, by best rank, then by document id.
  public static List<PooledDoc> unjudged(List<Run> runs, int k, BiPredicate<String, String> isJudged) {
    if (k < 1) {
      throw new dev.relwb.core.WorkbenchException("The pool depth k must be at least 1, not " + k);
    }
    Set<String> topics = new TreeSet<>(Utf8Order.COMPARATOR);
    runs.forEach(r -> topics.addAll(r.topics()));
    List<PooledDoc> out = new ArrayList<>();
    for (String t : topics) {
      Map<String, Map<String, Integer>> byDoc = new LinkedHashMap<>();
      for (Run r : runs) {
        List<RunEntry> ranked = r.ranked(t);
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
          String doc = ranked.get(i).doc();
          if (!isJudged.test(t, doc)) {
            byDoc.computeIfAbsent(doc, d -> new LinkedHashMap<>()).putIfAbsent(r.name(), i + 1);
          }
        }
      }
      List<PooledDoc> topicPool = new ArrayList<>();
      byDoc.forEach((doc, ranks) -> topicPool.add(new PooledDoc(t, doc,
          ranks.values().stream().mapToInt(Integer::intValue).min().orElseThrow(),
          java.util.Collections.unmodifiableMap(ranks))));
      topicPool.sort(Comparator.comparingInt(PooledDoc::bestRank).thenComparing(PooledDoc::doc, Utf8Order.COMPARATOR));
      out.addAll(topicPool);
    }
    return out;
  }
}
