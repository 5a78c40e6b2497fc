package dev.relwb.service.workbench;

import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import java.nio.file.Path;
import java.util.List;

/// BM25 against BM25+mono-XM over a workspace's topics, and the export of the result.
public interface Evaluating {
  /// The topic sets of a workspace that have judgments (e.g. `all`, `imported`, `judged here`).
  @dev.relwb.service.Blocking
  List<String> topicSets(String workspace);

  /// Runs both systems over every topic of the request's set and compares them.
  @dev.relwb.service.Blocking
  EvalReport evaluate(EvalRequest request, ProgressListener progress, CancelToken cancel);

  /// Writes both runs (TREC format) and the report (Markdown, CSV, JSON) into `folder`; returns
  /// the files written.
  @dev.relwb.service.Blocking
  List<Path> export(EvalReport report, Path folder);
}
