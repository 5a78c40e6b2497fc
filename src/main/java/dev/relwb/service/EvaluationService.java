package dev.relwb.service;

import dev.relwb.core.DocId;
import dev.relwb.core.QueryId;
import dev.relwb.core.Ranking;
import dev.relwb.core.RunMetadata;
import dev.relwb.core.ScoredHit;
import dev.relwb.core.WorkbenchException;
import dev.relwb.eval.Averaging;
import dev.relwb.eval.Comparison;
import dev.relwb.eval.EvalReport;
import dev.relwb.eval.EvalSettings;
import dev.relwb.eval.Evaluator;
import dev.relwb.eval.Pooling;
import dev.relwb.eval.Qrels;
import dev.relwb.eval.Run;
import dev.relwb.eval.RunEntry;
import dev.relwb.eval.RunResult;
import dev.relwb.eval.TrecFormat;
import dev.relwb.eval.metric.JudgedAtK;
import dev.relwb.eval.metric.Metrics;
import dev.relwb.judge.JudgmentState;
import dev.relwb.judge.SavedRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/// Evaluation for the UI and the CLI: score runs against qrels with `trec_eval`'s conventions,
/// compare two runs (deltas, wins/losses/ties, randomization and t-test p-values, unjudged share),
/// pool unjudged documents, and move runs between TREC files and the workspace.
public final class EvaluationService {
  private final JudgmentService judgments;

  /// A service that reads workspace judgments through `judgments`.
  public EvaluationService(JudgmentService judgments) {
    this.judgments = judgments;
  }

  /// Evaluates one or two runs; with two, also compares them (B against A).
  public EvalOutcome evaluate(EvalRequest req) {
    if (req.runs().isEmpty() || req.runs().size() > 2) {
      throw new WorkbenchException("Give one run to evaluate or two to compare (got " + req.runs().size() + ")");
    }
    EvalSettings settings = new EvalSettings(Metrics.parseList(req.metrics()), req.relevanceThreshold(),
        Averaging.parse(req.averaging()));
    Qrels qrels = qrels(req);
    List<Run> runs = new ArrayList<>();
    for (String spec : req.runs()) {
      runs.add(loadRun(spec, req.workspace()));
    }
    if (runs.size() == 2 && runs.get(0).name().equals(runs.get(1).name())) {
      runs.set(1, runs.get(1).withName(runs.get(1).name() + "#2"));
    }
    List<RunResult> results = runs.stream().map(r -> Evaluator.evaluate(qrels, r, settings)).toList();
    Comparison cmp = runs.size() < 2 ? null : Comparison.of(qrels, runs.get(0), runs.get(1), results.get(0),
        results.get(1), settings, judgedDepth(settings));
    List<String> warnings = runs.stream().flatMap(r -> r.warnings().stream()).toList();
    return new EvalOutcome(new EvalReport(settings, results, cmp, warnings));
  }

  /// The unjudged documents in the union of the runs' top `k`, as TSV lines
  /// `topic<TAB>doc<TAB>best_rank<TAB>ranks` (ranks as `run:rank` pairs), with a header line.
  public String pool(String workspace, List<String> runSpecs, int k, String annotator) {
    List<Run> runs = runSpecs.stream().map(s -> loadRun(s, workspace)).toList();
    Set<String> judged = new HashSet<>();
    judgments.withStore(workspace, s -> s.current()).stream()
        .filter(j -> j.state() != JudgmentState.SKIP && (annotator == null || annotator.equals(j.annotator())))
        .forEach(j -> judged.add(j.topic().value() + '\u0000' + j.doc().value()));
    StringBuilder sb = new StringBuilder("topic\tdoc\tbest_rank\tranks\n");
    for (Pooling.PooledDoc d : Pooling.unjudged(runs, k, (t, doc) -> judged.contains(t + '\u0000' + doc))) {
      List<String> ranks = new ArrayList<>();
      d.ranks().forEach((run, rank) -> ranks.add(run + ":" + rank));
      sb.append(d.topic()).append('\t').append(d.doc()).append('\t').append(d.bestRank()).append('\t')
          .append(String.join(",", ranks)).append('\n');
    }
    return sb.toString();
  }

  /// Saves a TREC run file (and its sidecar metadata, if any) in the workspace under `name`,
  /// hits in `trec_eval`'s order. Returns the number of topics.
  public int importRun(String workspace, Path file, String name) {
    Run run = TrecFormat.readRun(file);
    RunMetadata meta = Optional.ofNullable(TrecFormat.readMetadata(file))
        .orElse(new RunMetadata("imported", null, null, null, null, null, null, null, null, null));
    List<Ranking> rankings = new ArrayList<>();
    for (String t : run.topics()) {
      List<ScoredHit> hits = new ArrayList<>();
      for (RunEntry e : run.ranked(t)) {
        hits.add(new ScoredHit(new DocId(e.doc()), hits.size() + 1, e.score()));
      }
      rankings.add(new Ranking(new QueryId(t), meta.system(), hits));
    }
    String n = name == null || name.isBlank() ? run.name() : name;
    judgments.withStore(workspace, s -> {
      s.saveRun(new SavedRun(n, meta, rankings));
      return null;
    });
    return rankings.size();
  }

  /// Saves rankings (in the order shown) as a named run of the workspace.
  public void saveRun(String workspace, String name, List<Ranking> rankings, RunMetadata meta) {
    judgments.withStore(workspace, s -> {
      s.saveRun(new SavedRun(name, meta, rankings));
      return null;
    });
  }

  /// Writes a saved run as a TREC run file plus `<file>.json` metadata; scores strictly decrease in
  /// the order shown. Returns the number of topics.
  public int exportRun(String workspace, String name, Path file) {
    SavedRun run = judgments.withStore(workspace, s -> s.run(name)).orElseThrow(() -> new WorkbenchException(
        "Workspace '" + workspace + "' has no saved run named '" + name + "'"));
    TrecFormat.writeRun(file, run.rankings(), name, run.metadata());
    return run.rankings().size();
  }

  private Qrels qrels(EvalRequest req) {
    if (req.qrelsFile() != null) {
      return TrecFormat.readQrels(req.qrelsFile());
    }
    if (req.workspace() == null) {
      throw new WorkbenchException("Give the judgments: --qrels FILE or --workspace NAME");
    }
    Qrels q = judgments.qrels(req.workspace(), req.annotator());
    if (q.size() == 0) {
      throw new WorkbenchException("Workspace '" + req.workspace() + "' has no graded judgments yet;"
          + " judge some documents or import qrels with 'relwb judge import'");
    }
    return q;
  }

  private Run loadRun(String spec, String workspace) {
    Path p = Path.of(spec);
    if (Files.isRegularFile(p)) {
      return TrecFormat.readRun(p);
    }
    if (workspace != null) {
      Optional<SavedRun> saved = judgments.withStore(workspace, s -> s.run(spec));
      if (saved.isPresent()) {
        return toRun(saved.get());
      }
    }
    throw new WorkbenchException("Run '" + spec + "' is neither a readable file"
        + (workspace == null ? "" : " nor a saved run of workspace '" + workspace + "'") + "; check the path");
  }

  private static Run toRun(SavedRun saved) {
    Run.Builder b = Run.builder(saved.name());
    for (Ranking r : saved.rankings()) {
      double[] scores = TrecFormat.shownOrderScores(r);
      for (int i = 0; i < scores.length; i++) {
        b.add(r.query().value(), r.hits().get(i).doc().value(), scores[i], i + 1, 0);
      }
    }
    return b.tag(saved.name()).build();
  }

  private static int judgedDepth(EvalSettings s) {
    return s.metrics().stream().filter(m -> m instanceof JudgedAtK).map(m -> ((JudgedAtK) m).k())
        .findFirst().orElse(10);
  }
}
