package dev.relwb.eval;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/// What to judge next: the judging pool of a set of runs, one function for `relwb pool` and for the
/// window's judging queue (which gives its on-screen lists as one-topic runs).
public final class Pooling {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Pooling() { }

  /// The pool of `runs`: for every topic (in byte order), the union of each run's top `spec.k()` (in
  /// `trec_eval`'s order), each document with its best rank and its rank in every run that has it.
  /// Within a topic the documents come by best rank, then document id ([PoolSpec.Order#RANK]), or in a
  /// shuffle fixed by the seed, the topic and the document ([PoolSpec.Order#RANDOM]: adding a run moves
  /// no document before another); then the unjudged ones come first and the judged ones after them, in the
  /// same order, or not at all unless `spec.includeJudged()`. `isJudged(topic, doc)` tells which are judged.
  public static List<PooledDoc> pool(List<Run> runs, PoolSpec spec, BiPredicate<String, String> isJudged) {
    Set<String> topics = new TreeSet<>(Utf8Order.COMPARATOR);
    runs.forEach(r -> topics.addAll(r.topics()));
    List<PooledDoc> out = new ArrayList<>();
    for (String t : topics) {
      List<PooledDoc> topicPool = topicPool(runs, t, spec.k(), isJudged);
      topicPool.sort(order(spec));
      topicPool.stream().filter(d -> !d.judged()).forEach(out::add);
      if (spec.includeJudged()) {
        topicPool.stream().filter(PooledDoc::judged).forEach(out::add);
      }
    }
    return out;
  }

  private static List<PooledDoc> topicPool(List<Run> runs, String topic, int k, BiPredicate<String, String> isJudged) {
    Map<String, Map<String, Integer>> byDoc = new LinkedHashMap<>();
    for (Run r : runs) {
      List<RunEntry> ranked = r.ranked(topic);
      for (int i = 0; i < Math.min(k, ranked.size()); i++) {
        byDoc.computeIfAbsent(ranked.get(i).doc(), d -> new LinkedHashMap<>()).putIfAbsent(r.name(), i + 1);
      }
    }
    List<PooledDoc> pool = new ArrayList<>(byDoc.size());
    byDoc.forEach((doc, ranks) -> pool.add(new PooledDoc(topic, doc,
        ranks.values().stream().mapToInt(Integer::intValue).min().orElseThrow(), ranks, isJudged.test(topic, doc))));
    return pool;
  }

  private static Comparator<PooledDoc> order(PoolSpec spec) {
    Comparator<PooledDoc> byDoc = Comparator.comparing(PooledDoc::doc, Utf8Order.COMPARATOR);
    return switch (spec.order()) {
      case RANK -> Comparator.comparingInt(PooledDoc::bestRank).thenComparing(byDoc);
      case RANDOM -> Comparator.comparingLong((PooledDoc d) -> shuffleKey(spec.seed(), d.topic(), d.doc()))
          .thenComparing(byDoc);
    };
  }

  /// The place of a document in the seeded shuffle: FNV-1a of the topic and document bytes, mixed with
  /// the seed by SplitMix64's finalizer (the same in every JVM and on every machine).
  static long shuffleKey(long seed, String topic, String doc) {
    long h = FNV_OFFSET;
    for (byte b : (topic + '\u0000' + doc).getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * FNV_PRIME;
    }
    long z = h ^ (seed * 0x9e3779b97f4a7c15L);
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
