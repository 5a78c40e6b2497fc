package dev.relwb.eval.metric;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/// One topic as a metric sees it: the retrieved documents in `trec_eval`'s order, each with its
/// qrels grade, plus the topic's judgments, and the relevance threshold of the binary metrics.
///
/// A document is **judged** when the qrels give it a grade ≥ 0, and **relevant** when its grade is
/// ≥ the threshold (`trec_eval -l`, default 1). Documents absent from the qrels, and negative grades
/// ("in the pool but unjudged"), are neither.
public final class TopicRanking {
  private static final int UNJUDGED = Integer.MIN_VALUE;

  private final int[] grades;
  private final int numRelevant;
  private final int[] idealGains;
  private final int threshold;

  /// Builds the view of one topic: `rankedDocs` in `trec_eval`'s order, `judgments` the topic's qrels.
  public TopicRanking(List<String> rankedDocs, Map<String, Integer> judgments, int threshold) {
    this.threshold = threshold;
    this.grades = new int[rankedDocs.size()];
    for (int i = 0; i < grades.length; i++) {
      grades[i] = judgments.getOrDefault(rankedDocs.get(i), UNJUDGED);
    }
    this.numRelevant = (int) judgments.values().stream().filter(g -> g >= threshold).count();
    this.idealGains = judgments.values().stream().filter(g -> g > 0).mapToInt(Integer::intValue)
        .map(g -> -g).sorted().map(g -> -g).toArray();
  }

  /// Number of retrieved documents (no depth limit).
  public int retrieved() {
    return grades.length;
  }

  /// Whether the document at 0-based position `i` is relevant (grade ≥ threshold).
  public boolean relevant(int i) {
    return grades[i] != UNJUDGED && grades[i] >= threshold;
  }

  /// Whether the document at 0-based position `i` is judged (grade ≥ 0 in the qrels).
  public boolean judged(int i) {
    return grades[i] != UNJUDGED && grades[i] >= 0;
  }

  /// The nDCG gain at 0-based position `i`: the raw grade when > 0, else 0 (threshold ignored).
  public int gain(int i) {
    return Math.max(grades[i] == UNJUDGED ? 0 : grades[i], 0);
  }

  /// Number of qrels documents with grade ≥ threshold, retrieved or not (`num_rel`).
  public int numRelevant() {
    return numRelevant;
  }

  /// The grades > 0 of all the topic's qrels documents, highest first (the ideal ranking's gains).
  public int[] idealGains() {
    return Arrays.copyOf(idealGains, idealGains.length);
  }

  /// Relevant documents among the first `k` retrieved.
  public int relevantInTop(int k) {
    int n = 0;
    for (int i = 0; i < Math.min(k, grades.length); i++) {
      n += relevant(i) ? 1 : 0;
    }
    return n;
  }
}
