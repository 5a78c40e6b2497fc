package dev.relwb.service.workbench;

import dev.relwb.core.CancelToken;
import dev.relwb.core.DocId;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.eval.Averaging;
import dev.relwb.eval.Comparison;
import dev.relwb.eval.EvalSettings;
import dev.relwb.eval.Evaluator;
import dev.relwb.eval.MetricComparison;
import dev.relwb.eval.Qrels;
import dev.relwb.eval.ReportWriter;
import dev.relwb.eval.Run;
import dev.relwb.eval.RunResult;
import dev.relwb.eval.metric.Metrics;
import dev.relwb.service.JudgmentService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// `Evaluating` over search, rerank and the eval package: runs BM25 (each topic analysed in its own
/// language) and BM25+mono-XM (top `depth` reranked with the chosen adapter, or each topic's language
/// under Auto; the BM25 tail below) over every judged topic, then compares them with trec_eval's
/// conventions, the paired randomization test and the t-test.
final class EvaluatingAdapter implements Evaluating {
  static final String ALL_JUDGED = "all judged topics";
  private static final String METRICS = "nDCG@10,RR@10,R@100,AP,P@10,Judged@10";
  private final Retrieval retrieval;
  private final Reranking reranking;
  private final JudgmentService judgments;
  private final JudgingAdapter store;

  EvaluatingAdapter(Retrieval retrieval, Reranking reranking, JudgmentService judgments, JudgingAdapter store) {
    this.retrieval = retrieval;
    this.reranking = reranking;
    this.judgments = judgments;
    this.store = store;
  }

  @Override
  public List<String> topicSets(String workspace) {
    boolean graded = store.withStore(workspace, s -> s.current().stream()
        .anyMatch(j -> j.state() == dev.relwb.judge.JudgmentState.GRADED));
    return graded ? List.of(ALL_JUDGED) : List.of();
  }

  @Override
  public EvalReport evaluate(EvalRequest req, ProgressListener progress, CancelToken cancel) {
    if (!reranking.status().available()) {
      throw new WorkbenchException("Load a model (Model & settings) to compare BM25 with BM25+mono-XM");
    }
    Qrels qrels = judgments.qrels(req.workspace(), null);
    List<Topic> topics = store.topics(req.workspace()).stream()
        .filter(t -> qrels.hasTopic(t.id().value()) && !t.text().isBlank()).toList();
    if (topics.isEmpty()) {
      throw new WorkbenchException("Workspace '" + req.workspace() + "' has no judged topic with a query text");
    }
    Run.Builder bm25 = Run.builder("BM25");
    Run.Builder reranked = Run.builder("BM25+mono-XM");
    long t0 = System.nanoTime();
    for (int i = 0; i < topics.size(); i++) {
      cancel.throwIfCancelled("The evaluation");
      Topic t = topics.get(i);
      // BM25 analyses each topic in its own language; the adapter is the chosen one (Auto: the topic's)
      SearchOutcome out = retrieval.search(req.workspace(), t.text(), t.language().isBlank() ? "auto" : t.language(),
          req.k());
      String rerankLang = req.language().equals("auto") ? out.analyzerLanguage() : req.language();
      add(bm25, t, out.hits().stream().map(Hit::doc).toList());
      add(reranked, t, rerankedOrder(t, rerankLang, out.hits(), req.depth(), cancel));
      progress.onProgress(new Progress("Evaluation", i + 1, topics.size(), Duration.ofNanos(System.nanoTime() - t0),
          "topic " + t.id()));
    }
    return compare(qrels, bm25.tag("bm25").build(), reranked.tag("bm25-monoxm").build());
  }

  private List<DocId> rerankedOrder(Topic t, String lang, List<Hit> hits, int depth, CancelToken cancel) {
    Map<Integer, Double> scores = new HashMap<>();
    reranking.rerank(t.text(), lang, hits, depth, b -> b.scores().forEach(s -> scores.put(s.index(), s.score())),
        ProgressListener.NONE, cancel);
    List<Integer> head = new ArrayList<>(scores.keySet());
    head.sort(Comparator.comparingDouble((Integer i) -> -scores.get(i)).thenComparingInt(i -> i));
    List<DocId> order = new ArrayList<>();
    head.forEach(i -> order.add(hits.get(i).doc()));
    for (int i = 0; i < hits.size(); i++) {
      if (!scores.containsKey(i)) {
        order.add(hits.get(i).doc());
      }
    }
    return order;
  }

  /// Adds one topic's ranking with strictly decreasing scores in the order shown.
  private static void add(Run.Builder run, Topic t, List<DocId> order) {
    for (int i = 0; i < order.size(); i++) {
      run.add(t.id().value(), order.get(i).value(), order.size() - i, i + 1, 0);
    }
  }

  private static EvalReport compare(Qrels qrels, Run a, Run b) {
    EvalSettings settings = new EvalSettings(Metrics.parseList(METRICS), 1, Averaging.RUN);
    RunResult ra = Evaluator.evaluate(qrels, a, settings);
    RunResult rb = Evaluator.evaluate(qrels, b, settings);
    Comparison cmp = Comparison.of(qrels, a, b, ra, rb, settings, 10);
    List<MetricRow> rows = cmp.metrics().stream().map(m -> new MetricRow(m.metric(), m.meanA(), m.meanB(),
        m.delta(), m.pRandomization(), m.pTTest())).toList();
    MetricComparison main = cmp.metrics().getFirst();
    List<TopicDelta> per = cmp.topics().stream().map(t -> new TopicDelta(new dev.relwb.core.QueryId(t),
        ra.value(t, main.metric()), rb.value(t, main.metric()))).toList();
    dev.relwb.eval.EvalReport report = new dev.relwb.eval.EvalReport(settings, List.of(ra, rb), cmp, List.of());
    Map<String, String> files = new LinkedHashMap<>();
    files.put("bm25.trec", trec(a));
    files.put("bm25-monoxm.trec", trec(b));
    files.put("report.md", ReportWriter.markdown(report, true));
    files.put("report.csv", ReportWriter.csv(report));
    files.put("report.json", ReportWriter.json(report).toPrettyString());
    return new EvalReport(main.metric(), rows, per, main.wins(), main.losses(), main.ties(), files);
  }

  private static String trec(Run run) {
    StringBuilder sb = new StringBuilder();
    for (String t : run.topics()) {
      var ranked = run.ranked(t);
      for (int i = 0; i < ranked.size(); i++) {
        sb.append(String.format(Locale.ROOT, "%s Q0 %s %d %d %s%n", t, ranked.get(i).doc(), i + 1,
            ranked.size() - i, run.tag()));
      }
    }
    return sb.toString();
  }

  @Override
  public List<Path> export(EvalReport report, Path folder) {
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      for (Map.Entry<String, String> f : report.files().entrySet()) {
        Path p = folder.resolve(f.getKey());
        Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        written.add(p);
      }
    } catch (IOException e) {
      throw new WorkbenchException("Cannot write the evaluation to " + folder + ": " + e.getMessage(), e);
    }
    return written;
  }
}
