package dev.relwb.eval;

import java.util.List;
import java.util.Map;

/// The evaluation of one run.
///
/// `evaluatedTopics` are the topics in both the run and the qrels (byte order); `missingTopics` are
/// qrels topics the run lacks (0 in the mean under `qrels` averaging, otherwise ignored);
/// `ignoredTopics` are run topics not in the qrels. `numQ` is the denominator of `mean`.
/// `perTopic` maps topic → metric name → value, for the evaluated topics only.
public record RunResult(
    String run,
    List<String> evaluatedTopics,
    List<String> missingTopics,
    List<String> ignoredTopics,
    int numQ,
    Map<String, Double> mean,
    Map<String, Map<String, Double>> perTopic) {

  /// Copies the collections.
  public RunResult {
    evaluatedTopics = List.copyOf(evaluatedTopics);
    missingTopics = List.copyOf(missingTopics);
    ignoredTopics = List.copyOf(ignoredTopics);
  }

  /// The value of a metric for a topic, 0 for a topic that was not evaluated (a run that lacks it).
  public double value(String topic, String metric) {
    Map<String, Double> m = perTopic.get(topic);
    return m == null ? 0 : m.getOrDefault(metric, 0.0);
  }
}
