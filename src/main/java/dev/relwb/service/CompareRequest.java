package dev.relwb.service;

import dev.relwb.eval.Aggregation;
import java.util.List;

/// BM25 against BM25+reranker over a workspace's judged topics (the Evaluation tab): the top `k` of
/// each, the top `depth` reranked with the adapter `language` (`auto` = each query's language), and BM25
/// `k1`/`b` (null = the workspace's), judged by the annotators' grades combined per pair by
/// `aggregation` (null = [Aggregation#LATEST]; an adjudicated grade always wins). `models` are extra
/// reranker locations (null/empty = BM25 against the loaded model only): each reranks the same BM25 head,
/// and every run is compared with `baseline` (a system name; null = BM25), Holm–Bonferroni per metric.
public record CompareRequest(String workspace, String topicSet, String language, int depth, int k, Double k1,
    Double b, Aggregation aggregation, List<String> models, String baseline) {
  /// Rejects a non-positive depth or k; a null aggregation is `latest`.
  public CompareRequest {
    if (depth < 1 || k < 1) {
      throw new IllegalArgumentException("depth and k must be >= 1");
    }
    aggregation = aggregation == null ? Aggregation.LATEST : aggregation;
    models = models == null ? List.of()
        : models.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).distinct().toList();
    baseline = baseline == null || baseline.isBlank() ? null : baseline;
  }

  /// A request for BM25 against the loaded model only.
  public CompareRequest(String workspace, String topicSet, String language, int depth, int k, Double k1, Double b,
      Aggregation aggregation) {
    this(workspace, topicSet, language, depth, k, k1, b, aggregation, null, null);
  }

  /// The system name of the extra model at `location`: `BM25+` and its last path segment.
  public static String systemName(String location) {
    String s = location.strip().replace('\\', '/');
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    int at = s.indexOf('@');
    String base = at > 0 ? s.substring(0, at) : s;
    return "BM25+" + base.substring(base.lastIndexOf('/') + 1);
  }
}
