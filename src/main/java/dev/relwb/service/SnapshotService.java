package dev.relwb.service;

import dev.relwb.core.CancelToken;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.Ranking;
import dev.relwb.core.RunMetadata;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import dev.relwb.eval.Averaging;
import dev.relwb.eval.EvalReport;
import dev.relwb.eval.EvalSettings;
import dev.relwb.eval.Qrels;
import dev.relwb.eval.metric.Metrics;
import dev.relwb.judge.QuerySetItem;
import dev.relwb.judge.SavedRun;
import dev.relwb.judge.Snapshot;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Snapshots of a workspace's rankings and their diffs (see [Snapshots]).
///
/// A snapshot holds one list for the first stage (`BM25`, or in a cluster workspace the query template's
/// name) and, when it was taken with a reranker, one list per adapter (`mono-XM auto`, `mono-XM fr_XX`, …),
/// each a saved run named [Snapshot#runName]. A diff evaluates the saved rankings exactly as `relwb eval`
/// evaluates the same saved runs (one report, one tie rule), on the workspace's current judgments.
public final class SnapshotService implements Snapshots {
  /// The metrics a diff reports unless asked for others (those of `relwb eval`).
  public static final String DEFAULT_METRICS = "nDCG@10,RR@10,R@100,AP,P@10,Judged@10";
  /// The name a diff gives the rankings of now.
  public static final String NOW = "now";
  /// The name of a reranked list is this prefix and the adapter (`mono-XM fr_XX`).
  public static final String RERANKED_PREFIX = "mono-XM ";
  /// When a snapshot was taken: ISO-8601 in UTC to the millisecond, always three digits (the store sorts by it).
  private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX",
      Locale.ROOT).withZone(ZoneOffset.UTC);
  private final JudgmentService judgments;
  private final RunService runs;
  private final QuerySetService querySets;

  /// Snapshots over the judgments store, ranking with `runs` (metrics by `EvaluationService.report`).
  public SnapshotService(JudgmentService judgments, RunService runs,
      QuerySetService querySets) {
    this.judgments = judgments;
    this.runs = runs;
    this.querySets = querySets;
  }

  /// What to rank: the first stage's list and spec, and one reranked list per adapter.
  private record Plan(String firstList, RunSpec firstStage, List<Rescored> reranked) {
    RunSpec spec(String list) {
      return reranked.stream().filter(r -> r.list().equals(list)).map(Rescored::spec).findFirst()
          .orElse(firstStage);
    }
  }

  /// A reranked list: its name and spec.
  private record Rescored(String list, RunSpec spec) { }

  @Override
  public Snapshot save(SnapshotRequest request, ProgressListener progress, CancelToken cancel) {
    String ws = request.workspace();
    if (request.name() == null || request.name().isBlank()) {
      throw new WorkbenchException("Give the snapshot a name");
    }
    String name = request.name().strip();
    RunSpec first = new RunSpec(null, request.k(), request.k1(), request.b(), 0, null, request.template(), 0);
    RunMetadata firstMeta = runs.metadata(ws, first);                      // fails first for a missing workspace
    if (judgments.hasDatabase(ws) && snapshot(ws, name).isPresent()) {
      throw duplicate(name);
    }
    Plan plan = new Plan(firstListName(firstMeta), first, rescored(request, first));
    List<Topic> topics = topics(ws, request.querySet());
    Map<String, List<Ranking>> ranked = rank(ws, topics, plan, "Snapshot " + name, progress, cancel);
    List<SavedRun> saved = new ArrayList<>();
    List<Snapshot.SnapshotList> lists = new ArrayList<>();
    ranked.forEach((list, rankings) -> {
      RunSpec spec = plan.spec(list);
      RunMetadata meta = spec == first ? firstMeta : runs.metadata(ws, spec);
      saved.add(new SavedRun(Snapshot.runName(name, list), meta, rankings));
      lists.add(new Snapshot.SnapshotList(list, Snapshot.runName(name, list)));
    });
    String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
    Snapshot s = new Snapshot(name, blankToNull(request.querySet()),
        CREATED.format(Instant.now()), note, lists);
    cancel.throwIfCancelled("Snapshot " + name);
    judgments.withStore(ws, st -> {
      st.team().saveSnapshot(s, saved);
      return null;
    });
    return s;
  }

  @Override
  public List<Snapshot> list(String workspace) {
    return judgments.hasDatabase(workspace) ? judgments.withStore(workspace, s -> s.team().snapshots()) : List.of();
  }

  @Override
  public SnapshotDiff diff(String workspace, String a, String b, int k, ProgressListener progress,
      CancelToken cancel) {
    return diff(workspace, a, b, k, DEFAULT_METRICS, progress, cancel);
  }

  /// Like [#diff(String, String, String, int, ProgressListener, CancelToken)], reporting `metrics` (a
  /// comma-separated list of ir_measures names; null = [#DEFAULT_METRICS]).
  public SnapshotDiff diff(String workspace, String a, String b, int k, String metrics, ProgressListener progress,
      CancelToken cancel) {
    if (k < 1) {
      throw new WorkbenchException("k must be at least 1, not " + k);
    }
    EvalSettings settings = new EvalSettings(Metrics.parseList(metrics == null ? DEFAULT_METRICS : metrics), 1,
        Averaging.RUN);
    Snapshot sa = require(workspace, a);
    Map<String, SavedRun> runsA = savedRuns(workspace, sa);
    String nameB = b == null ? NOW : b;
    Map<String, List<Ranking>> listsB = b == null ? now(workspace, sa, runsA, k, progress, cancel)
        : rankings(savedRuns(workspace, require(workspace, b)));
    Qrels qrels = judgments.qrels(workspace, null);
    Map<String, String> texts = texts(workspace);
    List<SnapshotDiff.ListDiff> out = new ArrayList<>();
    for (Map.Entry<String, SavedRun> e : runsA.entrySet()) {
      List<Ranking> rb = listsB.get(e.getKey());
      if (rb != null) {
        cancel.throwIfCancelled("The diff of " + a + " and " + nameB);
        out.add(SnapshotMoves.list(e.getKey(), e.getValue().rankings(), rb, k, texts,
            report(qrels, sa.name(), e.getValue().rankings(), nameB, rb, settings)));
      }
    }
    return new SnapshotDiff(sa.name(), nameB, k, out);
  }

  @Override
  public void delete(String workspace, String name) {
    require(workspace, name);
    judgments.withStore(workspace, s -> {
      s.team().deleteSnapshot(name);
      return null;
    });
  }

  /// The list name of a first stage: `BM25` for the local index, else the query template's name.
  private static String firstListName(RunMetadata meta) {
    return meta.firstStage() == null ? RunService.BM25 : meta.firstStage().template();
  }

  /// One reranked list per distinct adapter (`auto` when none is given), when `depth` > 0 and a model is
  /// loaded; none otherwise.
  private List<Rescored> rescored(SnapshotRequest request, RunSpec first) {
    if (request.depth() <= 0 || runs.model().isEmpty()) {
      return List.of();
    }
    Set<String> adapters = new LinkedHashSet<>();
    request.adapters().stream().filter(s -> s != null && !s.isBlank()).map(String::strip).forEach(adapters::add);
    if (adapters.isEmpty()) {
      adapters.add("auto");
    }
    return adapters.stream().map(ad -> new Rescored(RERANKED_PREFIX + ad, new RunSpec(null, first.k(), first.k1(),
        first.b(), request.depth(), ad, first.template(), 0))).toList();
  }

  /// Ranks `topics` with every list of `plan` (one pass per reranked list, or one first-stage pass), by
  /// list name in the plan's order, with progress per topic over all passes.
  private Map<String, List<Ranking>> rank(String ws, List<Topic> topics, Plan plan, String task,
      ProgressListener progress, CancelToken cancel) {
    Map<String, List<Ranking>> lists = new LinkedHashMap<>();
    lists.put(plan.firstList(), new ArrayList<>());
    plan.reranked().forEach(r -> lists.put(r.list(), new ArrayList<>()));
    List<Rescored> passes = plan.reranked().isEmpty() ? List.of(new Rescored(plan.firstList(), plan.firstStage()))
        : plan.reranked();
    for (int i = 0; i < passes.size(); i++) {
      Rescored pass = passes.get(i);
      boolean keepFirst = i == 0;
      long offset = (long) i * topics.size();
      long total = (long) passes.size() * topics.size();
      ProgressListener overall = p -> progress.onProgress(new Progress(task, offset + p.done(), total, p.elapsed(),
          pass.list() + ": " + p.message()));
      runs.rank(ws, topics, pass.spec(), overall, cancel, t -> {
        if (keepFirst) {
          lists.get(plan.firstList()).add(t.bm25());
        }
        if (t.reranked() != null) {
          lists.get(pass.list()).add(t.reranked());
        }
      });
    }
    return lists;
  }

  /// The lists of `a` ranked again now: the same topics source, first-stage template and reranked lists
  /// (when a model is loaded), with the workspace's current BM25 settings, index and model.
  private Map<String, List<Ranking>> now(String ws, Snapshot a, Map<String, SavedRun> runsA, int k,
      ProgressListener progress, CancelToken cancel) {
    int depth = Math.max(k, runsA.values().stream().flatMap(r -> r.rankings().stream())
        .mapToInt(r -> r.hits().size()).max().orElse(k));
    depth = Math.min(depth, 10_000);
    Map.Entry<String, SavedRun> firstA = runsA.entrySet().iterator().next();
    RunMetadata m = firstA.getValue().metadata();
    String template = m.firstStage() == null ? null : m.firstStage().template();
    RunSpec first = new RunSpec(null, depth, null, null, 0, null, template, 0);
    List<Rescored> reranked = new ArrayList<>();
    if (runs.model().isPresent()) {
      for (Map.Entry<String, SavedRun> e : runsA.entrySet()) {
        RunMetadata rm = e.getValue().metadata();
        if (rm.rerankDepth() != null && rm.rerankDepth() > 0) {
          reranked.add(new Rescored(e.getKey(), new RunSpec(null, depth, null, null, rm.rerankDepth(),
              rm.adapterLanguage(), template, 0)));
        }
      }
    }
    List<Topic> topics = topics(ws, a.querySet());
    return rank(ws, topics, new Plan(firstA.getKey(), first, reranked), "Rank now", progress, cancel);
  }

  /// The topics with a query text of query set `set`, or of the whole workspace when `set` is null.
  private List<Topic> topics(String ws, String set) {
    List<Topic> all;
    if (blankToNull(set) == null) {
      all = judgments.topics(ws);
    } else {
      all = setItems(ws, set.strip()).stream().map(QuerySetItem::topic).toList();
    }
    List<Topic> withText = all.stream().filter(t -> t.text() != null && !t.text().isBlank()).toList();
    if (withText.isEmpty()) {
      throw new WorkbenchException((set == null ? "Workspace '" + ws + "'" : "Query set '" + set + "'")
          + " has no topics with a query text: add queries first");
    }
    return withText;
  }

  /// The queries of `set` (an error lists the sets when there is none of that name).
  private List<QuerySetItem> setItems(String ws, String set) {
    if (!judgments.hasDatabase(ws)) {
      throw new WorkbenchException("Workspace '" + ws + "' has no query set '" + set + "': create the set first");
    }
    return querySets.items(ws, set);
  }

  /// Run `a` against run `b` as `relwb eval` compares them; null when either has no query with a graded
  /// judgment (nothing to evaluate yet).
  private static EvalReport report(Qrels qrels, String a, List<Ranking> ra, String b, List<Ranking> rb,
      EvalSettings settings) {
    if (!judged(qrels, ra) || !judged(qrels, rb)) {
      return null;
    }
    String nameB = a.equals(b) ? b + "#2" : b;
    return EvaluationService.report(qrels, List.of(EvaluationService.toRun(a, ra), EvaluationService.toRun(nameB,
        rb)), settings, List.of());
  }

  private static boolean judged(Qrels qrels, List<Ranking> rankings) {
    return rankings.stream().anyMatch(r -> !r.hits().isEmpty() && qrels.hasTopic(r.query().value()));
  }

  private Optional<Snapshot> snapshot(String ws, String name) {
    return judgments.withStore(ws, s -> s.team().snapshot(name));
  }

  /// Snapshot `name` of `ws`, or an error naming it.
  private Snapshot require(String ws, String name) {
    Optional<Snapshot> s = judgments.hasDatabase(ws) ? snapshot(ws, name) : Optional.empty();
    return s.orElseThrow(() -> new WorkbenchException("Workspace '" + ws + "' has no snapshot '" + name
        + "': list the snapshots to see their names"));
  }

  /// The saved runs of a snapshot's lists, by list name in the snapshot's order.
  private Map<String, SavedRun> savedRuns(String ws, Snapshot s) {
    Map<String, SavedRun> out = new LinkedHashMap<>();
    judgments.withStore(ws, st -> {
      for (Snapshot.SnapshotList l : s.lists()) {
        out.put(l.list(), st.run(l.runName()).orElseThrow(() -> new WorkbenchException("The run '" + l.runName()
            + "' of snapshot '" + s.name() + "' is missing from workspace '" + ws + "': delete the snapshot")));
      }
      return null;
    });
    if (out.isEmpty()) {
      throw new WorkbenchException("Snapshot '" + s.name() + "' holds no lists: delete it and save it again");
    }
    return out;
  }

  private static Map<String, List<Ranking>> rankings(Map<String, SavedRun> runs) {
    Map<String, List<Ranking>> out = new LinkedHashMap<>();
    runs.forEach((list, run) -> out.put(list, run.rankings()));
    return out;
  }

  private Map<String, String> texts(String ws) {
    Map<String, String> out = new LinkedHashMap<>();
    judgments.topics(ws).forEach(t -> out.put(t.id().value(), t.text()));
    return out;
  }

  private static WorkbenchException duplicate(String name) {
    return new WorkbenchException("The snapshot '" + name + "' exists already: pick another name");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
