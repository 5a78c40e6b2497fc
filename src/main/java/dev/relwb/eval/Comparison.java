package dev.relwb.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/// Two runs compared topic by topic (B against A; with N runs, each run against the baseline, see
/// [Comparisons]).
///
/// The comparison topics are, with `qrels` averaging, every qrels topic; with `run` averaging, the
/// topics evaluated in either run. A run that lacks a comparison topic scores 0 there (as under
/// `trec_eval -c`). `unjudgedA`/`unjudgedB` are each run's mean unjudged share of its top
/// `unjudgedDepth` documents (1 − Judged@k) over the comparison topics it retrieved for.
public record Comparison(
    String runA,
    String runB,
    List<String> topics,
    List<MetricComparison> metrics,
    int unjudgedDepth,
    double unjudgedA,
    double unjudgedB,
    int permutations,
    long seed) {

  /// Compares two evaluated runs with the default permutations and seed.
  public static Comparison of(Qrels qrels, Run a, Run b, RunResult ra, RunResult rb, EvalSettings s, int depth) {
    return of(qrels, a, b, ra, rb, s, depth, SignificanceTests.PERMUTATIONS, SignificanceTests.SEED);
  }

  /// Compares two evaluated runs.
  public static Comparison of(Qrels qrels, Run a, Run b, RunResult ra, RunResult rb, EvalSettings s, int depth,
      int permutations, long seed) {
    List<String> topics = topics(qrels, ra, rb, s.averaging());
    List<MetricComparison> out = new ArrayList<>();
    for (var m : s.metrics()) {
      out.add(compare(m.name(), topics, ra, rb, permutations, seed));
    }
    return new Comparison(ra.run(), rb.run(), topics, List.copyOf(out), depth,
        unjudged(qrels, a, topics, depth), unjudged(qrels, b, topics, depth), permutations, seed);
  }

  /// This comparison with `replaced` as its metrics (e.g. after a Holm correction across comparisons).
  public Comparison withMetrics(List<MetricComparison> replaced) {
    return new Comparison(runA, runB, topics, List.copyOf(replaced), unjudgedDepth, unjudgedA, unjudgedB,
        permutations, seed);
  }

  private static List<String> topics(Qrels qrels, RunResult ra, RunResult rb, Averaging avg) {
    if (avg == Averaging.QRELS) {
      return List.copyOf(qrels.topics());
    }
    Set<String> t = new TreeSet<>(Utf8Order.COMPARATOR);
    t.addAll(ra.evaluatedTopics());
    t.addAll(rb.evaluatedTopics());
    return List.copyOf(new LinkedHashSet<>(t));
  }

  private static MetricComparison compare(String metric, List<String> topics, RunResult ra, RunResult rb,
      int permutations, long seed) {
    double[] a = new double[topics.size()];
    double[] b = new double[topics.size()];
    Map<String, Double> deltas = new LinkedHashMap<>();
    int wins = 0;
    int losses = 0;
    for (int i = 0; i < a.length; i++) {
      a[i] = ra.value(topics.get(i), metric);
      b[i] = rb.value(topics.get(i), metric);
      double d = b[i] - a[i];
      deltas.put(topics.get(i), d);
      wins += d > 1e-12 ? 1 : 0;
      losses += d < -1e-12 ? 1 : 0;
    }
    double meanA = SignificanceTests.mean(a);
    double meanB = SignificanceTests.mean(b);
    return new MetricComparison(metric, meanA, meanB, meanB - meanA, wins, losses, a.length - wins - losses,
        SignificanceTests.randomization(a, b, permutations, seed), SignificanceTests.pairedT(a, b),
        Collections.unmodifiableMap(deltas));
  }

  /// Mean over the topics the run retrieved for of the unjudged share of its top `depth`.
  static double unjudged(Qrels qrels, Run run, List<String> topics, int depth) {
    var judged = new dev.relwb.eval.metric.JudgedAtK(depth);
    double sum = 0;
    int n = 0;
    for (String t : topics) {
      if (!run.ranked(t).isEmpty()) {
        sum += 1 - judged.value(Evaluator.topicRanking(qrels, run, t, 1));
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }
}
