package dev.relwb.service;

import dev.relwb.core.DocId;
import dev.relwb.core.Grade;
import dev.relwb.core.QueryId;
import dev.relwb.core.Topic;
import dev.relwb.eval.Agreement;
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

  /// Every annotator of the workspace (who judged, or was added), by name.
  @Blocking
  List<String> annotators(String workspace);

  /// Adds an annotator (no change when known).
  @Blocking
  void addAnnotator(String workspace, String name);

  /// Inter-annotator agreement over the current grades: Cohen's weighted kappa per pair, Fleiss' kappa,
  /// and the disagreements.
  @Blocking
  Agreement agreement(String workspace);

  /// Settles a disagreement: records `grade` for (`topic`, `doc`) as the annotator [#ADJUDICATED], with
  /// an optional note; returns it as stored.
  @Blocking
  Judgment adjudicate(String workspace, QueryId topic, DocId doc, Grade grade, String note);

  /// The annotator name of adjudicated grades, which evaluation can prefer.
  String ADJUDICATED = "adjudicated";
}
