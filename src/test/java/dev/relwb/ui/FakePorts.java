package dev.relwb.ui;

import dev.relwb.core.CancelToken;
import dev.relwb.core.DocId;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.QueryId;
import dev.relwb.core.WorkbenchException;
import dev.relwb.service.workbench.Corpora;
import dev.relwb.service.workbench.DocumentDetail;
import dev.relwb.service.workbench.EvalReport;
import dev.relwb.service.workbench.EvalRequest;
import dev.relwb.service.workbench.Evaluating;
import dev.relwb.service.workbench.Hit;
import dev.relwb.service.workbench.Judging;
import dev.relwb.service.workbench.Judgment;
import dev.relwb.service.workbench.LanguageOption;
import dev.relwb.service.workbench.LiveMetrics;
import dev.relwb.service.workbench.MetricRow;
import dev.relwb.service.workbench.ModelStatus;
import dev.relwb.service.workbench.QueryMetrics;
import dev.relwb.service.workbench.RerankBatch;
import dev.relwb.service.workbench.RerankScore;
import dev.relwb.service.workbench.Reranking;
import dev.relwb.service.workbench.Retrieval;
import dev.relwb.service.workbench.RuntimeOptions;
import dev.relwb.service.workbench.SearchOutcome;
import dev.relwb.service.workbench.SettingsStore;
import dev.relwb.service.workbench.SourceKind;
import dev.relwb.service.workbench.Topic;
import dev.relwb.service.workbench.TopicDelta;
import dev.relwb.service.workbench.WorkbenchPorts;
import dev.relwb.service.workbench.WorkspaceInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/// In-memory ports for ViewModel tests: a ten-document corpus searched by term overlap, a
/// "cross-encoder" that scores by a fixed per-document value in batches of `batchSize`, and
/// judgments in a map. Records every call so tests can assert on them.
public final class FakePorts implements Corpora, Retrieval, Reranking, Judging, Evaluating {
  /// Document id → (title, text).
  public static final Map<String, String[]> DOCS = new LinkedHashMap<>();

  static {
    doc("d1", "Ocean tides", "Tides are the rise and fall of the ocean caused by the moon.");
    doc("d2", "Moon phases", "The moon has phases; the moon pulls the ocean and tides follow.");
    doc("d3", "River floods", "Rivers flood after heavy rain; the water rises over the banks.");
    doc("d4", "Sea level", "Sea level rises slowly as the ocean warms and ice melts.");
    doc("d5", "Baking bread", "Bread needs flour, water, salt and yeast, and patience.");
    doc("d6", "Marées", "Les marées sont la montée et la descente de l'océan, causées par la lune.");
    doc("d7", "Gezeiten", "Die Gezeiten entstehen durch den Mond und bewegen den Ozean.");
    doc("d8", "Coastal erosion", "Waves and tides erode the coast; the ocean reshapes beaches.");
    doc("d9", "Lunar orbit", "The moon orbits the earth every 27 days; its gravity moves the ocean tides.");
    doc("d10", "Fishing", "Fishers watch the tides of the ocean to plan the catch.");
  }

  private static void doc(String id, String title, String text) {
    DOCS.put(id, new String[] {title, text});
  }

  public final List<String> calls = new CopyOnWriteArrayList<>();
  public final Map<String, Judgment> saved = new ConcurrentHashMap<>();
  public final List<CancelToken> rerankTokens = new CopyOnWriteArrayList<>();
  public volatile boolean modelLoaded = true;
  public volatile int batchSize = 3;
  /// Called after each rerank batch was handed out (tests use it to act mid-stream).
  public volatile Consumer<RerankBatch> afterBatch = b -> { };
  private final List<LanguageOption> languages = List.of(new LanguageOption("de_DE", "German"),
      new LanguageOption("en_XX", "English"), new LanguageOption("fr_XX", "French"));

  /// The ports, with settings in `configDir`.
  public WorkbenchPorts ports(Path configDir) {
    return new WorkbenchPorts(this, this, this, this, this, new SettingsStore(configDir));
  }

  @Override
  public List<WorkspaceInfo> list() {
    return List.of(info());
  }

  private WorkspaceInfo info() {
    return new WorkspaceInfo("Fake", DOCS.size(), DOCS.size() + 2, Map.of("en", 8L, "fr", 1L, "de", 1L), 2,
        List.of("broken.pdf: truncated PDF"));
  }

  @Override
  public WorkspaceInfo importSource(String n, SourceKind k, Path p, ProgressListener l, CancelToken c) {
    calls.add("import " + n);
    return info();
  }

  @Override
  public void delete(String name) {
    calls.add("delete " + name);
  }

  @Override
  public Optional<Path> sampleCorpus() {
    return Optional.empty();
  }

  @Override
  public SearchOutcome search(String ws, String q, String lang, int k) {
    calls.add("search " + q + " [" + lang + "]");
    List<String> terms = Arrays.asList(q.toLowerCase(Locale.ROOT).split("\\s+"));
    List<Hit> hits = new ArrayList<>();
    DOCS.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), overlap(terms, e.getValue()[1])))
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
        .limit(k)
        .forEach(e -> hits.add(new Hit(new DocId(e.getKey()), hits.size() + 1, e.getValue(),
            DOCS.get(e.getKey())[0], highlight(DOCS.get(e.getKey())[1], terms), "en", e.getKey() + "#0",
            DOCS.get(e.getKey())[1])));
    return new SearchOutcome(hits, lang.equals("auto") ? "en" : lang, "");
  }

  private static double overlap(List<String> terms, String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return terms.stream().mapToDouble(w -> t.split("\\b" + w + "\\b", -1).length - 1).sum() * 1.5;
  }

  private static String highlight(String text, List<String> terms) {
    String out = text;
    for (String w : terms) {
      out = out.replaceAll("(?i)\\b(" + java.util.regex.Pattern.quote(w) + ")\\b", "<b>$1</b>");
    }
    return out;
  }

  @Override
  public void setBm25(double k1, double b) {
    calls.add("bm25 " + k1 + " " + b);
  }

  @Override
  public DocumentDetail document(String ws, Hit hit, String q) {
    String[] d = DOCS.get(hit.doc().value());
    return new DocumentDetail(hit.doc(), d[0], d[1], d[1] + " (full document)", "/corpus/" + hit.doc() + ".txt",
        "en", 0, d[1].length(), "BM25 " + hit.score() + " = sum of term weights");
  }

  @Override
  public ModelStatus status() {
    return modelLoaded ? new ModelStatus(true, "xmod-fake", "cpu", languages, "en_XX", "")
        : ModelStatus.none("no model");
  }

  @Override
  public ModelStatus load(String location, RuntimeOptions o, ProgressListener p, CancelToken c) {
    calls.add("load " + location);
    modelLoaded = true;
    return status();
  }

  /// The fake cross-encoder score of a document: the lunar ones win.
  public static double fakeScore(String doc, String lang) {
    double base = switch (doc) {
      case "d9" -> 0.95;
      case "d2" -> 0.9;
      case "d1" -> 0.8;
      default -> 0.1 + (doc.hashCode() & 0xff) / 1000.0;
    };
    return lang.startsWith("de") ? 1 - base : base;
  }

  @Override
  public void rerank(String q, String lang, List<Hit> hits, int depth, Consumer<RerankBatch> onBatch,
      ProgressListener p, CancelToken c) {
    if (!modelLoaded) {
      throw new WorkbenchException("No model loaded");
    }
    calls.add("rerank " + q + " [" + lang + "]");
    rerankTokens.add(c);
    int n = Math.min(depth, hits.size());
    for (int start = 0; start < n; start += batchSize) {
      c.throwIfCancelled("rerank");
      List<RerankScore> scores = new ArrayList<>();
      for (int i = start; i < Math.min(n, start + batchSize); i++) {
        double s = fakeScore(hits.get(i).doc().value(), lang);
        scores.add(new RerankScore(i, hits.get(i).doc(), Math.log(s / (1 - s)), s, i == 0 ? 7 : 0));
      }
      int done = Math.min(n, start + batchSize);
      RerankBatch batch = new RerankBatch(scores, done, n);
      onBatch.accept(batch);
      p.onProgress(new Progress("rerank", done, n, Duration.ofMillis(10L * done), ""));
      afterBatch.accept(batch);
    }
  }

  @Override
  public Topic topicFor(String ws, String text, String lang) {
    return new Topic(new QueryId("adhoc-" + Integer.toHexString(text.hashCode())), text, lang);
  }

  @Override
  public Map<DocId, Judgment> judgments(String ws, Topic t) {
    Map<DocId, Judgment> out = new LinkedHashMap<>();
    saved.forEach((k, v) -> {
      if (k.startsWith(t.id().value() + "/")) {
        out.put(new DocId(k.substring(k.indexOf('/') + 1)), v);
      }
    });
    return out;
  }

  @Override
  public void save(String ws, Topic t, DocId d, Judgment j) {
    calls.add("save " + d + "=" + j.badge());
    saved.put(t.id().value() + "/" + d.value(), j);
  }

  @Override
  public List<Topic> topics(String ws) {
    return List.of();
  }

  @Override
  public QueryMetrics metrics(List<DocId> ranking, Map<DocId, Judgment> js) {
    return LiveMetrics.of(ranking, js);
  }

  @Override
  public List<String> topicSets(String ws) {
    return List.of("all judged topics");
  }

  @Override
  public EvalReport evaluate(EvalRequest r, ProgressListener p, CancelToken c) {
    calls.add("evaluate " + r.topicSet());
    List<TopicDelta> per = List.of(new TopicDelta(new QueryId("q1"), 0.5, 0.8),
        new TopicDelta(new QueryId("q2"), 0.6, 0.4), new TopicDelta(new QueryId("q3"), 0.3, 0.3));
    p.onProgress(new Progress("evaluate", 3, 3, Duration.ofMillis(5), ""));
    return new EvalReport("nDCG@10", List.of(new MetricRow("nDCG@10", 0.4667, 0.5, 0.0333, 0.75, 0.8),
        new MetricRow("RR@10", 0.5, 0.6, 0.1, 0.5, 0.6)), per, 1, 1, 1,
        Map.of("bm25.trec", "q1 Q0 d1 1 3 bm25\n", "report.md", "| metric |\n"));
  }

  @Override
  public List<Path> export(EvalReport r, Path folder) {
    calls.add("export " + folder);
    return List.of(folder.resolve("bm25.trec"), folder.resolve("report.md"));
  }

  /// The documents of `hits` sorted as the fake cross-encoder ranks them.
  public static List<String> expectedRerankOrder(List<Hit> hits, int depth, String lang) {
    return hits.stream().limit(depth).map(h -> h.doc().value())
        .sorted(Comparator.comparingDouble((String d) -> fakeScore(d, lang)).reversed()).toList();
  }
}
