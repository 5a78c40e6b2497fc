package dev.relwb.service;

import dev.relwb.core.CancelToken;
import dev.relwb.core.DocId;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.QueryId;
import dev.relwb.core.Ranking;
import dev.relwb.core.RunMetadata;
import dev.relwb.core.ScoredHit;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import dev.relwb.eval.Averaging;
import dev.relwb.eval.Comparison;
import dev.relwb.eval.Comparisons;
import dev.relwb.eval.EvalReport;
import dev.relwb.eval.EvalSettings;
import dev.relwb.eval.Evaluator;
import dev.relwb.eval.PoolSpec;
import dev.relwb.eval.PooledDoc;
import dev.relwb.eval.Pooling;
import dev.relwb.eval.Qrels;
import dev.relwb.eval.Run;
import dev.relwb.eval.RunEntry;
import dev.relwb.eval.RunResult;
import dev.relwb.eval.TrecFormat;
import dev.relwb.eval.TrecRunWriter;
import dev.relwb.eval.metric.JudgedAtK;
import dev.relwb.eval.metric.Metrics;
import dev.relwb.judge.Judgment;
import dev.relwb.judge.JudgmentState;
import dev.relwb.judge.SavedRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Evaluation for the UI and the CLI, on one path ([#report]): score runs against qrels with
/// `trec_eval`'s conventions, compare two runs (deltas, wins/losses/ties, randomization and t-test
/// p-values, unjudged share). The CLI evaluates run files and saved runs; the Evaluation tab ranks the
/// judged topics with BM25 and BM25+reranker first; the search view's live metrics are a one-topic
/// evaluation. Also pools unjudged documents and moves runs between TREC files and the workspace.
public final class EvaluationService implements Evaluating {
  /// The one topic set of the Evaluation tab: every topic with graded judgments and a query text.
  static final String ALL_JUDGED = "all judged topics";
  private static final EvalSettings SYSTEMS = new EvalSettings(
      Metrics.parseList("nDCG@10,RR@10,R@100,AP,P@10,Judged@10"), 1, Averaging.RUN);
  private static final EvalSettings LIVE = new EvalSettings(Metrics.parseList("nDCG@10,RR@10"), 1, Averaging.RUN);
  private static final int LIVE_DEPTH = 10;
  private final JudgmentService judgments;
  private final RunService runService;

  /// A service that reads workspace judgments through `judgments` and ranks topics with `runs` (null:
  /// no system comparison).
  public EvaluationService(JudgmentService judgments, RunService runs) {
    this.judgments = judgments;
    this.runService = runs;
  }

  /// Evaluates `runs` on `qrels` with `settings`; with two or more runs, also compares every run with
  /// the first (B against A).
  static EvalReport report(Qrels qrels, List<Run> runs, EvalSettings settings, List<String> warnings) {
    return report(qrels, runs, 0, settings, warnings);
  }

  /// Evaluates `runs` on `qrels` with `settings`; with two or more runs, also compares every other run
  /// with the `baseline`-th, Holm–Bonferroni-correcting the p-values per metric and test.
  static EvalReport report(Qrels qrels, List<Run> runs, int baseline, EvalSettings settings, List<String> warnings) {
    List<RunResult> results = runs.stream().map(r -> Evaluator.evaluate(qrels, r, settings)).toList();
    if (runs.size() < 2) {
      return new EvalReport(settings, results, (Comparison) null, warnings);
    }
    List<Comparison> cmp = Comparisons.against(qrels, runs, results, baseline, settings, judgedDepth(settings));
    return new EvalReport(settings, results, runs.get(baseline).name(), cmp, warnings);
  }

  /// Rankings as a run for the evaluator, with the scores a TREC file of them would hold (the one tie
  /// rule of `TrecRunWriter`), so evaluating in memory and evaluating the exported file agree.
  static Run toRun(String name, List<Ranking> rankings) {
    Run.Builder b = Run.builder(name);
    for (Ranking r : rankings) {
      double[] scores = TrecRunWriter.shownOrderScores(r);
      for (int i = 0; i < scores.length; i++) {
        b.add(r.query().value(), r.hits().get(i).doc().value(), scores[i], i + 1, 0);
      }
    }
    return b.tag(TrecRunWriter.cleanTag(name)).build();
  }

  /// Evaluates one or more runs; with two or more, also compares each with the baseline (B against A).
  public EvalOutcome evaluate(EvalRequest req) {
    return evaluate(req, ProgressListener.NONE, CancelToken.none());
  }

  /// Like `evaluate(req)`, reporting each step (reading, scoring each run, comparing) and checking
  /// `cancel` between steps.
  public EvalOutcome evaluate(EvalRequest req, ProgressListener progress, CancelToken cancel) {
    long start = System.nanoTime();
    Step step = (done, msg) -> {
      cancel.throwIfCancelled("Evaluation");
      progress.onProgress(new Progress("eval", done, 2L + 2L * req.runs().size(),
          Duration.ofNanos(System.nanoTime() - start), msg));
    };
    if (req.runs().isEmpty()) {
      throw new WorkbenchException("Give one run to evaluate, or two or more to compare");
    }
    EvalSettings settings = new EvalSettings(Metrics.parseList(req.metrics()), req.relevanceThreshold(),
        Averaging.parse(req.averaging()));
    Qrels qrels = qrels(req);
    step.done(1, "read the judgments");
    List<Run> runs = new ArrayList<>();
    for (String spec : req.runs()) {
      runs.add(loadRun(spec, req.workspace()));
      step.done(1 + runs.size(), "read " + spec);
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < runs.size(); i++) {
      String name = runs.get(i).name();
      for (int n = i + 1; !names.add(name); n++) {
        name = runs.get(i).name() + "#" + n;
      }
      if (!name.equals(runs.get(i).name())) {
        runs.set(i, runs.get(i).withName(name));
      }
    }
    List<String> warnings = runs.stream().flatMap(r -> r.warnings().stream()).toList();
    EvalReport report = report(qrels, runs, baselineIndex(req, runs), settings, warnings);
    step.done(2 + 2 * runs.size(), "scored " + String.join(", ", runs.stream().map(Run::name).toList()));
    return new EvalOutcome(report, List.of());
  }

  @Override
  public List<String> topicSets(String workspace) {
    if (!judgments.hasDatabase(workspace)) {
      return List.of();
    }
    boolean graded = judgments.withStore(workspace, s -> s.current().stream()
        .anyMatch(j -> j.state() == JudgmentState.GRADED));
    return graded ? List.of(ALL_JUDGED) : List.of();
  }

  @Override
  public EvalOutcome compareSystems(CompareRequest req, ProgressListener progress, CancelToken cancel) {
    if (runService == null || runService.model().isEmpty() && req.models().isEmpty()) {
      throw new WorkbenchException("Load a model (Model & settings) to compare BM25 with BM25+mono-XM");
    }
    Qrels qrels = judgments.qrels(req.workspace(), null, req.aggregation());
    List<Topic> topics = judgments.topics(req.workspace()).stream()
        .filter(t -> qrels.hasTopic(t.id().value()) && !t.text().isBlank()).toList();
    if (topics.isEmpty()) {
      throw new WorkbenchException("Workspace '" + req.workspace() + "' has no judged topic with a query text");
    }
    if (!req.models().isEmpty()) {
      return compareModels(req, qrels, topics, progress, cancel);
    }
    List<Ranking> bm25 = new ArrayList<>();
    List<Ranking> reranked = new ArrayList<>();
    RunSpec spec = RunSpec.of(null, req.k(), req.k1(), req.b(), req.depth(), req.language());
    runService.rank(req.workspace(), topics, spec, progress, cancel, t -> {
      bm25.add(t.bm25());
      reranked.add(t.reranked());
    });
    EvalReport report = report(qrels, List.of(toRun(RunService.BM25, bm25), toRun(RunService.RERANKED, reranked)),
        SYSTEMS, List.of());
    RunMetadata plain = runService.metadata(req.workspace(), RunSpec.of(null, req.k(), req.k1(), req.b(), 0, null));
    RunMetadata rescored = runService.metadata(req.workspace(), spec);
    return new EvalOutcome(report, List.of(new EvalOutcome.RunRankings("bm25.trec", "bm25", bm25, plain),
        new EvalOutcome.RunRankings("bm25-monoxm.trec", "bm25-monoxm", reranked, rescored)));
  }

  /// BM25, BM25+the loaded model (when one is loaded) and BM25+each of the request's models over `topics`,
  /// every run compared with the request's baseline (BM25 unless named), Holm–Bonferroni per metric.
  private EvalOutcome compareModels(CompareRequest req, Qrels qrels, List<Topic> topics, ProgressListener progress,
      CancelToken cancel) {
    boolean loaded = runService.model().isPresent();
    Set<String> taken = new HashSet<>(List.of(RunService.BM25, RunService.RERANKED));
    List<String> names = new ArrayList<>();
    for (String m : req.models()) {
      String name = CompareRequest.systemName(m);
      for (int n = 2; !taken.add(name); n++) {
        name = CompareRequest.systemName(m) + "#" + n;
      }
      names.add(name);
    }
    List<Ranking> bm25 = new ArrayList<>();
    List<Ranking> reranked = new ArrayList<>();
    List<List<Ranking>> extra = new ArrayList<>();
    names.forEach(n -> extra.add(new ArrayList<>()));
    RunSpec spec = RunSpec.of(null, req.k(), req.k1(), req.b(), loaded ? req.depth() : 0, req.language());
    runService.rankWithModels(req.workspace(), topics, spec, req.depth(), req.models(), names, progress, cancel,
        (t, more) -> {
          bm25.add(t.bm25());
          if (loaded) {
            reranked.add(t.reranked());
          }
          for (int i = 0; i < more.size(); i++) {
            extra.get(i).add(more.get(i));
          }
        });
    List<Run> runs = new ArrayList<>();
    List<EvalOutcome.RunRankings> files = new ArrayList<>();
    runs.add(toRun(RunService.BM25, bm25));
    files.add(new EvalOutcome.RunRankings("bm25.trec", "bm25", bm25,
        runService.metadata(req.workspace(), RunSpec.of(null, req.k(), req.k1(), req.b(), 0, null))));
    if (loaded) {
      runs.add(toRun(RunService.RERANKED, reranked));
      files.add(new EvalOutcome.RunRankings("bm25-monoxm.trec", "bm25-monoxm", reranked,
          runService.metadata(req.workspace(), spec)));
    }
    RunSpec rerankSpec = RunSpec.of(null, req.k(), req.k1(), req.b(), req.depth(), req.language());
    for (int i = 0; i < names.size(); i++) {
      runs.add(toRun(names.get(i), extra.get(i)));
      String tag = TrecRunWriter.cleanTag(names.get(i)).toLowerCase(java.util.Locale.ROOT);
      files.add(new EvalOutcome.RunRankings(tag + ".trec", tag, extra.get(i),
          runService.metadata(req.workspace(), rerankSpec, req.models().get(i), cancel)));
    }
    List<String> warnings = new ArrayList<>();
    int baseline = 0;
    if (req.baseline() != null) {
      baseline = runs.stream().map(Run::name).toList().indexOf(req.baseline());
      if (baseline < 0) {
        warnings.add("No system '" + req.baseline() + "': BM25 is the baseline");
        baseline = 0;
      }
    }
    return new EvalOutcome(report(qrels, runs, baseline, SYSTEMS, warnings), files);
  }

  @Override
  public List<Path> export(EvalOutcome outcome, Path folder) {
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      for (EvalOutcome.RunRankings r : outcome.runs()) {
        Path f = folder.resolve(r.file());
        TrecFormat.writeRun(f, r.rankings(), r.tag(), r.metadata());
        written.add(f);
      }
      written.add(Files.writeString(folder.resolve("report.md"), outcome.render("markdown", true)));
      written.add(Files.writeString(folder.resolve("report.csv"), outcome.render("csv", true)));
      written.add(Files.writeString(folder.resolve("report.json"), outcome.render("json", true)));
    } catch (IOException e) {
      throw new WorkbenchException("Cannot write the evaluation to " + folder + ": " + e.getMessage(), e);
    }
    return written;
  }

  @Override
  public QueryMetrics liveMetrics(List<DocId> ranking, Map<DocId, Judgment> current) {
    int n = Math.min(LIVE_DEPTH, ranking.size());
    if (n == 0) {
      return QueryMetrics.EMPTY;
    }
    long unjudged = ranking.stream().limit(LIVE_DEPTH)
        .filter(d -> current.get(d) == null || !current.get(d).isGraded()).count();
    double share = (double) unjudged / n;
    String topic = "q";
    Qrels.Builder qb = Qrels.builder("current judgments");
    current.forEach((doc, j) -> {
      if (j.isGraded()) {
        qb.add(topic, doc.value(), j.grade().value(), 0);
      }
    });
    Qrels qrels = qb.build();
    if (qrels.size() == 0) {
      return new QueryMetrics(0, 0, share);
    }
    List<ScoredHit> hits = new ArrayList<>(ranking.size());
    ranking.forEach(d -> hits.add(new ScoredHit(d, hits.size() + 1, ranking.size() - hits.size())));
    Run run = toRun("shown", List.of(new Ranking(new QueryId(topic), "shown", hits)));
    RunResult r = report(qrels, List.of(run), LIVE, List.of()).runs().getFirst();
    return new QueryMetrics(r.value(topic, "nDCG@10"), r.value(topic, "RR@10"), share);
  }

  /// The judging pool of `runSpecs` (run files or saved runs) as the TSV of [JudgingPools#tsv]; a document
  /// counts as judged when its current judgment (by `annotator` only, unless null) is not a skip.
  public String pool(String workspace, List<String> runSpecs, PoolSpec spec, String annotator) {
    List<Run> runs = runSpecs.stream().map(s -> loadRun(s, workspace)).toList();
    Set<String> judged = new HashSet<>();
    judgments.readStore(workspace, s -> s.current()).stream()
        .filter(j -> JudgingPools.countsAsJudged(j) && (annotator == null || annotator.equals(j.annotator())))
        .forEach(j -> judged.add(j.topic().value() + '\u0000' + j.doc().value()));
    return JudgingPools.tsv(Pooling.pool(runs, spec, (t, doc) -> judged.contains(t + '\u0000' + doc)),
        spec.includeJudged());
  }

  /// The judging pool of one query's lists as the window shows them: [JudgingPools#of].
  static List<PooledDoc> poolOf(List<Ranking> lists, Map<DocId, Judgment> current, PoolSpec spec) {
    return JudgingPools.of(lists, current, spec);
  }

  /// The TSV of `relwb pool`; `marked` adds the `judged` column ([JudgingPools#tsv]).
  public static String poolTsv(List<PooledDoc> pool, boolean marked) {
    return JudgingPools.tsv(pool, marked);
  }

  /// Saves a TREC run file (and its sidecar metadata, if any) in the workspace under `name`,
  /// hits in `trec_eval`'s order. Returns the number of topics.
  public int importRun(String workspace, Path file, String name) {
    Run run = TrecFormat.readRun(file);
    RunMetadata meta = Optional.ofNullable(TrecFormat.readMetadata(file))
        .orElse(new RunMetadata("imported", null, null, null, null, null, null, null, null, null, null, null, null));
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
    SavedRun run = judgments.readStore(workspace, s -> s.run(name)).orElseThrow(() -> new WorkbenchException(
        "Workspace '" + workspace + "' has no saved run named '" + name + "'"));
    TrecFormat.writeRun(file, run.rankings(), name, run.metadata());
    return run.rankings().size();
  }

  @FunctionalInterface
  private interface Step {
    void done(long done, String message);
  }

  private Qrels qrels(EvalRequest req) {
    if (req.qrelsFile() != null) {
      return TrecFormat.readQrels(req.qrelsFile());
    }
    if (req.workspace() == null) {
      throw new WorkbenchException("Give the judgments: --qrels FILE or --workspace NAME");
    }
    Qrels q = judgments.qrels(req.workspace(), req.annotator(), req.aggregation());
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
    if (workspace != null && judgments.hasDatabase(workspace)) {
      Optional<SavedRun> saved = judgments.withStore(workspace, s -> s.run(spec));
      if (saved.isPresent()) {
        return toRun(saved.get().name(), saved.get().rankings());
      }
    }
    throw new WorkbenchException("Run '" + spec + "' is neither a readable file"
        + (workspace == null ? "" : " nor a saved run of workspace '" + workspace + "'") + "; check the path");
  }

  /// The index of the baseline run: the first when `req.baseline()` is null, else the run given as
  /// that spec (as typed after `--run`) or, failing that, the run with that name.
  private static int baselineIndex(EvalRequest req, List<Run> runs) {
    String b = req.baseline();
    if (b == null) {
      return 0;
    }
    int i = req.runs().indexOf(b);
    if (i < 0) {
      i = runs.stream().map(Run::name).toList().indexOf(b);
    }
    if (i < 0) {
      throw new WorkbenchException("Baseline '" + b + "' is none of the runs given (" + String.join(", ",
          runs.stream().map(Run::name).toList()) + "); give one of the --run values or a run's name");
    }
    return i;
  }

  private static int judgedDepth(EvalSettings s) {
    return s.metrics().stream().filter(m -> m instanceof JudgedAtK).map(m -> ((JudgedAtK) m).k())
        .findFirst().orElse(10);
  }
}
