package dev.relwb.eval;

import dev.relwb.eval.metric.Metric;
import dev.relwb.eval.metric.TopicRanking;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/// Scores a run against qrels the way `trec_eval` 9.0.8 does.
///
/// A topic is evaluated when its id is in both the run and the qrels (exact strings). Run topics
/// absent from the qrels are ignored. The mean is the arithmetic mean over the evaluated topics, or,
/// with `qrels` averaging (`-c`), the sum over them divided by the number of qrels topics. Topics
/// with no relevant document score 0 and stay in the mean.
public final class Evaluator {
  private Evaluator() { }

  /// Evaluates one run; fails with exit-code 7 semantics when no topic is shared.
  public static RunResult evaluate(Qrels qrels, Run run, EvalSettings settings) {
    List<String> evaluated = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    for (String t : run.topics()) {
      (qrels.hasTopic(t) ? evaluated : ignored).add(t);
    }
    if (evaluated.isEmpty()) {
      throw new EvalException(EvalException.NO_COMMON_TOPICS, "No topic is in both the run '" + run.name()
          + "' and the qrels " + qrels.source() + "; check that the topic ids match exactly (e.g. '01' is not '1')");
    }
    List<String> missing = qrels.topics().stream().filter(t -> run.ranked(t).isEmpty()).toList();
    Map<String, Map<String, Double>> perTopic = new TreeMap<>(Utf8Order.COMPARATOR);
    for (String t : evaluated) {
      perTopic.put(t, Collections.unmodifiableMap(scoreTopic(qrels, run, t, settings)));
    }
    int numQ = settings.averaging() == Averaging.QRELS ? qrels.topics().size() : evaluated.size();
    Map<String, Double> mean = new LinkedHashMap<>();
    for (Metric m : settings.metrics()) {
      double sum = 0;
      for (String t : evaluated) {
        sum += perTopic.get(t).get(m.name());
      }
      mean.put(m.name(), sum / numQ);
    }
    return new RunResult(run.name(), evaluated, missing, ignored, numQ, Collections.unmodifiableMap(mean),
        Collections.unmodifiableMap(perTopic));
  }

  /// The `TopicRanking` of one topic of a run (empty ranking when the run lacks the topic).
  public static TopicRanking topicRanking(Qrels qrels, Run run, String topic, int threshold) {
    List<String> docs = run.ranked(topic).stream().map(RunEntry::doc).toList();
    return new TopicRanking(docs, qrels.judgments(topic), threshold);
  }

  private static Map<String, Double> scoreTopic(Qrels qrels, Run run, String topic, EvalSettings s) {
    TopicRanking tr = topicRanking(qrels, run, topic, s.relevanceThreshold());
    Map<String, Double> values = new LinkedHashMap<>();
    for (Metric m : s.metrics()) {
      values.put(m.name(), m.value(tr));
    }
    return values;
  }
}
