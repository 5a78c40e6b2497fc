package dev.relwb.service;

import dev.relwb.eval.Aggregation;
import java.nio.file.Path;
import java.util.List;

/// What `relwb eval` asks for. Exactly one of `qrelsFile` and `workspace` gives the judgments
/// (a workspace may also be given with a qrels file, to resolve saved-run names). `runs` are TREC run
/// files or names of runs saved in the workspace (one or more). `metrics` is a comma-separated list
/// of ir_measures names; `relevanceThreshold` is the grade from which the binary metrics count a
/// document as relevant; `averaging` is `run` or `qrels`; `annotator` (may be null) picks whose
/// judgments a workspace contributes; otherwise `aggregation` (null = [Aggregation#LATEST]) combines
/// every annotator's grades per pair, an adjudicated grade first. `baseline` (null = the first run)
/// names the run every other run is compared with: one of the `runs` as given, or a run's name.
public record EvalRequest(Path qrelsFile, String workspace, List<String> runs, String metrics,
    int relevanceThreshold, String averaging, String annotator, Aggregation aggregation, String baseline) {
  /// Copies the run list; a null aggregation is `latest`.
  public EvalRequest {
    runs = List.copyOf(runs);
    aggregation = aggregation == null ? Aggregation.LATEST : aggregation;
  }

  /// A request whose baseline is the first run.
  public EvalRequest(Path qrelsFile, String workspace, List<String> runs, String metrics, int relevanceThreshold,
      String averaging, String annotator, Aggregation aggregation) {
    this(qrelsFile, workspace, runs, metrics, relevanceThreshold, averaging, annotator, aggregation, null);
  }
}
