package dev.relwb.service.workbench;

import dev.relwb.core.DocId;
import java.util.List;
import java.util.Map;

/// Judgments of a workspace and the live per-query metrics computed on them.
public interface Judging {
  /// The topic for `queryText`: the workspace's topic with that text, or a new ad-hoc topic.
  @dev.relwb.service.Blocking
  Topic topicFor(String workspace, String queryText, String language);

  /// The current judgments of `topic`, by document.
  @dev.relwb.service.Blocking
  Map<DocId, Judgment> judgments(String workspace, Topic topic);

  /// Saves one judgment at once (appended to the history).
  @dev.relwb.service.Blocking
  void save(String workspace, Topic topic, DocId doc, Judgment judgment);

  /// The workspace's topics.
  @dev.relwb.service.Blocking
  List<Topic> topics(String workspace);

  /// nDCG@10, RR@10 and the unjudged share of `ranking` (best first) on `judgments` (pure, cheap).
  QueryMetrics metrics(List<DocId> ranking, Map<DocId, Judgment> judgments);
}
