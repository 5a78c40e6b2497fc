package dev.relwb.service;

import dev.relwb.core.DocId;
import dev.relwb.core.QueryId;
import dev.relwb.core.Topic;
import dev.relwb.judge.Judgment;
import dev.relwb.judge.NewJudgment;
import java.util.List;
import java.util.Map;

/// Judgments of a workspace as the search view uses them. Implemented by [JudgmentService]; a port so
/// ViewModel tests can stand in.
public interface Judging {
  /// The name judgments are recorded under unless one is chosen (the OS user).
  String defaultAnnotator();

  /// The topic for `queryText`: the workspace's topic with that text (case-insensitive), or a new
  /// typed topic (language `language` unless `auto`).
  @Blocking
  Topic topicFor(String workspace, String queryText, String language);

  /// The current judgment of every judged document of `topic` (the latest, whoever made it).
  @Blocking
  Map<DocId, Judgment> judgments(String workspace, QueryId topic);

  /// Records one judgment durably (appended to the history) and returns it as stored.
  @Blocking
  Judgment record(String workspace, NewJudgment judgment);

  /// The workspace's topics.
  @Blocking
  List<Topic> topics(String workspace);
}
