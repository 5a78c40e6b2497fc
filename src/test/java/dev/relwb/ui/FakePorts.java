package dev.relwb.ui;

import dev.relwb.judge.JudgmentState;
import dev.relwb.judge.NewJudgment;
import dev.relwb.core.Grade;
import dev.relwb.eval.Agreement;
import dev.relwb.eval.Rating;
import dev.relwb.core.CancelToken;
import dev.relwb.core.DocId;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.QueryId;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import dev.relwb.eval.Averaging;
import dev.relwb.eval.Comparison;
import dev.relwb.eval.EvalReport;
import dev.relwb.eval.EvalSettings;
import dev.relwb.eval.MetricComparison;
import dev.relwb.eval.metric.Metrics;
import dev.relwb.judge.Judgment;
import dev.relwb.search.Hit;
import dev.relwb.search.HitExplanation;
import dev.relwb.search.SearchPage;
import dev.relwb.search.Snippet;
import dev.relwb.service.CompareRequest;
import dev.relwb.service.Corpora;
import dev.relwb.service.CpuSummary;
import dev.relwb.service.EvalOutcome;
import dev.relwb.service.Evaluating;
import dev.relwb.service.EvaluationService;
import dev.relwb.service.Judging;
import dev.relwb.service.QueryMetrics;
import dev.relwb.service.RerankRequest;
import dev.relwb.service.RerankSummary;
import dev.relwb.service.RerankedPassage;
import dev.relwb.service.RerankerInfo;
import dev.relwb.service.Reranking;
import dev.relwb.service.Retrieval;
import dev.relwb.service.Clusters;
import dev.relwb.service.MaxPInput;
import dev.relwb.cluster.ClusterConfig;
import dev.relwb.cluster.ClusterStatus;
import dev.relwb.cluster.QueryTemplate;
import dev.relwb.service.RuntimeOptions;
import dev.relwb.service.SearchQuery;
import dev.relwb.service.SettingsStore;
import dev.relwb.service.SourceKind;
import dev.relwb.service.WorkbenchPorts;
import dev.relwb.service.WorkspaceInfo;
import dev.relwb.service.WorkspaceSettings;
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
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// In-memory ports for ViewModel tests: a ten-document corpus searched by term overlap, a
/// "cross-encoder" that scores by a fixed per-document value in batches of `batchSize`, and
/// judgments in a map. The live metrics are the real evaluation service's. Records every call so
/// tests can assert on them.
public final class FakePorts implements Corpora, Clusters, Retrieval, Reranking, Judging, Evaluating {
  /// Document id → (title, text).
  public static final Map<String, String[]> DOCS = new LinkedHashMap<>();
  private static final List<String> CODES = List.of("de_DE", "en_XX", "fr_XX");

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
  /// Every request `compareSystems` was given, in order.
  public final List<CompareRequest> compareRequests = new CopyOnWriteArrayList<>();
  public volatile boolean modelLoaded = true;
  public volatile int batchSize = 3;
  /// The elapsed time each rerank job reports, in ms (0: not timed, so no speed is measured).
  public volatile long rerankMillis;
  /// When set, the elapsed time a rerank job reports by the model it ran (null: the loaded one); else
  /// [#rerankMillis].
  public volatile ToLongFunction<RerankRequest> rerankMillisOf;
  /// Called after each rerank batch was handed out (tests use it to act mid-stream).
  public volatile Consumer<List<RerankedPassage>> afterBatch = b -> { };

  /// The ports, with settings in `configDir`.
  public WorkbenchPorts ports(Path configDir) {
    return new WorkbenchPorts(this, this, this, this, this, this, querySets, snapshots, new SettingsStore(configDir));
  }

  @Override
  public List<WorkspaceInfo> workspaces() {
    List<WorkspaceInfo> all = new ArrayList<>(List.of(info()));
    clusterWorkspaces.keySet().stream().sorted().forEach(n -> all.add(clusterInfo(n)));
    return all;
  }

  private WorkspaceInfo clusterInfo(String name) {
    return new WorkspaceInfo(name, "/fake/" + name, WorkspaceSettings.create(name)
        .withCluster(clusterWorkspaces.get(name)), 0, 0, Map.of(), 0, List.of());
  }

  private WorkspaceInfo info() {
    return new WorkspaceInfo("Fake", "/fake", WorkspaceSettings.create("Fake"), DOCS.size(), DOCS.size() + 2,
        Map.of("en", 8L, "fr", 1L, "de", 1L), 2, List.of("broken.pdf: truncated PDF"));
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
  public SearchPage search(String ws, SearchQuery q) {
    String lang = q.language();
    calls.add("search " + q.text() + " [" + lang + "]" + (q.k1() == null ? "" : " bm25 " + q.k1() + " " + q.b())
        + (q.template() == null ? "" : " template " + q.template()));
    List<String> terms = Arrays.asList(q.text().toLowerCase(Locale.ROOT).split("\\s+"));
    List<Hit> hits = new ArrayList<>();
    DOCS.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), overlap(terms, e.getValue()[1])))
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
        .limit(q.k())
        .forEach(e -> hits.add(hit(e.getKey(), hits.size() + 1, e.getValue(), terms, null)));
    boolean other = q.template() != null && !config(ws).map(c -> c.templates().getFirst().name())
        .orElse("").equals(q.template());
    List<Hit> shown = !other ? hits : hits.reversed().stream().map(h -> h.withRank(hits.size() + 1 - h.rank()))
        .toList();
    String analyzer = config(ws).map(c -> c.engine().shown() + " template " + c.template(q.template()).name())
        .orElse("fake");
    return new SearchPage(q.text(), lang.equals("auto") ? "en" : lang, analyzer, shown, hits.size(), List.of(), 1);
  }

  private static Hit hit(String doc, int rank, double score, List<String> terms, HitExplanation why) {
    String text = DOCS.get(doc)[1];
    return new Hit(rank, doc + "#0", doc, 0, 1, DOCS.get(doc)[0], text, "/corpus/" + doc + ".txt", "en", 0,
        text.length(), score, highlight(text, terms), why);
  }

  private static double overlap(List<String> terms, String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return terms.stream().mapToDouble(w -> t.split("\\b" + w + "\\b", -1).length - 1).sum() * 1.5;
  }

  private static Snippet highlight(String text, List<String> terms) {
    List<Snippet.Span> spans = new ArrayList<>();
    for (String w : terms) {
      Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(w) + "\\b").matcher(text);
      while (m.find()) {
        spans.add(new Snippet.Span(m.start(), m.end()));
      }
    }
    spans.sort(Comparator.comparingInt(Snippet.Span::start));
    return new Snippet(text, spans);
  }

  /// The cluster connections "connected" in this fake, by workspace name.
  public final Map<String, ClusterConfig> clusterWorkspaces = new ConcurrentHashMap<>();
  /// When set, `test` and `connect` throw it (a cluster that is down, refuses the login, …).
  public volatile RuntimeException clusterFailure;
  /// The secret the last `test` or `connect` was given.
  public volatile String lastSecret;

  @Override
  public ClusterStatus test(ClusterConfig config, String secret) {
    calls.add("test " + config.where());
    lastSecret = secret;
    if (clusterFailure != null) {
      throw clusterFailure;
    }
    List<ClusterStatus.FieldInfo> fields = List.of(new ClusterStatus.FieldInfo("title", "text", true, true),
        new ClusterStatus.FieldInfo("body", "text", true, true), new ClusterStatus.FieldInfo("tag", "keyword", false,
        true));
    return new ClusterStatus("3.9.0", DOCS.size(), fields, List.of());
  }

  @Override
  public WorkspaceInfo connect(String name, ClusterConfig config, String secret) {
    calls.add("connect " + name + " " + config.where());
    lastSecret = secret;
    if (clusterFailure != null) {
      throw clusterFailure;
    }
    clusterWorkspaces.put(name, config);
    return clusterInfo(name);
  }

  @Override
  public void useSecret(String workspace, String secret) {
    calls.add("secret " + workspace);
  }

  @Override
  public Optional<ClusterConfig> config(String workspace) {
    return Optional.ofNullable(clusterWorkspaces.get(workspace));
  }

  @Override
  public List<QueryTemplate> templates(String workspace) {
    return config(workspace).map(ClusterConfig::templates).orElse(List.of());
  }

  @Override
  public void saveTemplate(String workspace, QueryTemplate template) {
    clusterWorkspaces.computeIfPresent(workspace, (k, c) -> c.withTemplate(template));
  }

  @Override
  public void deleteTemplate(String workspace, String name) {
    clusterWorkspaces.computeIfPresent(workspace, (k, c) -> c.withoutTemplate(name));
  }

  @Override
  public List<MaxPInput.Document> passages(String ws, String template, List<Hit> documents, int perDocument) {
    calls.add("passages " + documents.size() + (template == null ? "" : " template " + template));
    return documents.stream().map(d -> FakePassages.of(d, perDocument)).toList();
  }

  @Override
  public Hit document(String ws, SearchQuery q, Hit h) {
    calls.add("document " + h.docId() + " [" + q.language() + "]" + (q.template() == null ? ""
        : " template " + q.template()));
    List<String> terms = Arrays.asList(q.text().toLowerCase(Locale.ROOT).split("\\s+"));
    return hit(h.docId(), h.rank(), h.score(), terms,
        new HitExplanation(h.score(), "sum of term weights", List.of()));
  }

  private RerankerInfo info(String name) {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("de_DE", "German — de_DE");
    names.put("en_XX", "English — en_XX");
    names.put("fr_XX", "French — fr_XX");
    return new RerankerInfo("fake@0", name, CODES, names, "en_XX", 512, "cpu", 1, "fp32", "asked for");
  }

  @Override
  public Optional<RerankerInfo> model() {
    return modelLoaded ? Optional.of(info("xmod-fake")) : Optional.empty();
  }

  @Override
  public CpuSummary cpu() {
    return new CpuSummary("Fake CPU (AVX2 FMA)", "AVX2", "fp32 (no AMX-BF16)");
  }

  /// Models of the *Models* list that `describe` knows: "bert-fake" has no adapters, a location containing
  /// "broken" fails to load.
  @Override
  public RerankerInfo describe(String location, ProgressListener progress, CancelToken c) {
    if (location == null) {
      return model().orElseThrow(() -> new WorkbenchException("No model loaded"));
    }
    calls.add("describe " + location);
    if (location.contains("broken")) {
      throw new WorkbenchException("Cannot load the model " + location + ": config.json is missing");
    }
    if (location.contains("bert")) {
      return new RerankerInfo("bert@0", location, List.of(), Map.of(), null, 64, "cpu", 1, "fp32", "asked for");
    }
    return info(location);
  }

  /// The last memory budget handed over, in bytes.
  public volatile long memoryBudget;

  @Override
  public void memoryBudget(long bytes) {
    memoryBudget = bytes;
  }

  @Override
  public RerankerInfo load(String location, RuntimeOptions o, ProgressListener p, CancelToken c) {
    calls.add("load " + location);
    modelLoaded = true;
    return info(location);
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

  private static String docOfText(String text) {
    return DOCS.entrySet().stream().filter(e -> e.getValue()[1].equals(text)).map(Map.Entry::getKey).findFirst()
        .orElseThrow();
  }

  /// The adapter code the fake model uses for a request's language.
  private static String adapter(RerankRequest r) {
    String l = r.language();
    if (l == null || l.isBlank() || l.equals("auto")) {
      return "en_XX";
    }
    return CODES.contains(l) ? l : CODES.stream().filter(c -> c.startsWith(l + "_")).findFirst().orElse("en_XX");
  }

  @Override
  public RerankSummary rerank(RerankRequest r, Consumer<List<RerankedPassage>> onBatch, ProgressListener p,
      CancelToken c) {
    if (!modelLoaded && r.model() == null) {
      throw new WorkbenchException("No model loaded");
    }
    calls.add("rerank " + r.query() + " [" + r.language() + "]" + (r.model() == null ? "" : " with " + r.model()));
    rerankTokens.add(c);
    String lang = r.model() != null && r.model().contains("bert") ? "en" : adapter(r);
    int n = r.passages().size();
    List<RerankedPassage> all = new ArrayList<>();
    for (int start = 0; start < n; start += batchSize) {
      c.throwIfCancelled("rerank");
      List<RerankedPassage> batch = new ArrayList<>();
      for (int i = start; i < Math.min(n, start + batchSize); i++) {
        String text = r.passages().get(i);
        double s = FakePassages.score(r.docIds() == null ? docOfText(text) : r.docIds().get(i), text, lang);
        batch.add(new RerankedPassage(i, (float) Math.log(s / (1 - s)), (float) s, 20, i == 0 ? 7 : 0, false));
      }
      all.addAll(batch);
      int done = Math.min(n, start + batchSize);
      onBatch.accept(batch);
      p.onProgress(new Progress("rerank", done, n, Duration.ofMillis(10L * done), ""));
      afterBatch.accept(batch);
    }
    long millis = rerankMillisOf != null ? rerankMillisOf.applyAsLong(r) : rerankMillis;
    return new RerankSummary(all, List.of(), (n + batchSize - 1) / batchSize, 0, millis, "cpu",
        r.model() != null && r.model().contains("bert") ? null : lang);
  }

  @Override
  public String defaultAnnotator() {
    return "tester";
  }

  @Override
  public Topic topicFor(String ws, String text, String lang) {
    return new Topic(new QueryId("adhoc-" + Integer.toHexString(text.hashCode())), text, lang, "typed");
  }

  @Override
  public Map<DocId, Judgment> judgments(String ws, QueryId t) {
    Map<DocId, Judgment> out = new LinkedHashMap<>();
    saved.forEach((k, v) -> {
      if (k.startsWith(t.value() + "/")) {
        out.put(new DocId(k.substring(k.indexOf('/') + 1)), v);
      }
    });
    return out;
  }

  @Override
  public Judgment record(String ws, NewJudgment j) {
    Judgment stored = Judgment.unsaved(j);
    calls.add("save " + j.doc() + "=" + stored.badge());
    saved.put(j.topic().value() + "/" + j.doc().value(), stored);
    return stored;
  }

  @Override
  public List<Topic> topics(String ws) {
    return List.copyOf(topicList);
  }

  /// The topics `topics` answers with (none unless a test adds some).
  public final List<Topic> topicList = new CopyOnWriteArrayList<>();
  /// The current grades `agreement` is computed from (adjudicated ones are left out, as the service does).
  public final List<Rating> ratings = new CopyOnWriteArrayList<>();

  @Override
  public QueryMetrics liveMetrics(List<DocId> ranking, Map<DocId, Judgment> js) {
    return new EvaluationService(null, null).liveMetrics(ranking, js);
  }

  @Override
  public List<String> topicSets(String ws) {
    return List.of("all judged topics");
  }

  @Override
  public EvalOutcome compareSystems(CompareRequest r, ProgressListener p, CancelToken c) {
    calls.add("evaluate " + r.topicSet());
    compareRequests.add(r);
    p.onProgress(new Progress("evaluate", 3, 3, Duration.ofMillis(5), ""));
    Map<String, Double> deltas = new LinkedHashMap<>();
    deltas.put("q1", 0.3);
    deltas.put("q2", -0.2);
    deltas.put("q3", 0.0);
    List<MetricComparison> metrics = List.of(
        new MetricComparison("nDCG@10", 0.4667, 0.5, 0.0333, 1, 1, 1, 0.75, 0.8, deltas),
        new MetricComparison("RR@10", 0.5, 0.6, 0.1, 1, 0, 2, 0.5, 0.6, Map.of("q1", 0.3, "q2", 0.0, "q3", 0.0)));
    Comparison cmp = new Comparison("BM25", "BM25+mono-XM", List.of("q1", "q2", "q3"), metrics, 10, 0.1, 0.2, 10_000,
        42);
    EvalSettings settings = new EvalSettings(Metrics.parseList("nDCG@10,RR@10"), 1, Averaging.RUN);
    if (!r.models().isEmpty()) {
      String base = r.baseline() == null ? "BM25" : r.baseline();
      List<String> names = new java.util.ArrayList<>(List.of("BM25", "BM25+mono-XM"));
      r.models().forEach(m -> names.add(CompareRequest.systemName(m)));
      names.remove(base);
      List<Comparison> cmps = new java.util.ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        double h = 0.1 * (i + 1);
        cmps.add(new Comparison(base, names.get(i), List.of("q1", "q2", "q3"), List.of(
            new MetricComparison("nDCG@10", 0.4, 0.5 + h, 0.1 + h, 2, 1, 0, 0.04, 0.05, deltas, 0.08 + h, 0.1 + h),
            new MetricComparison("RR@10", 0.5, 0.6, 0.1, 1, 0, 2, 0.5, 0.6, deltas, 0.9, 0.95)),
            10, 0.1, 0.2, 10_000, 42));
      }
      return new EvalOutcome(new EvalReport(settings, List.of(), base, cmps, List.of()), List.of());
    }
    return new EvalOutcome(new EvalReport(settings, List.of(), cmp, List.of()), List.of());
  }

  @Override
  public List<Path> export(EvalOutcome r, Path folder) {
    calls.add("export " + folder);
    return List.of(folder.resolve("bm25.trec"), folder.resolve("report.md"));
  }

  /// The documents of `hits` sorted as the fake cross-encoder ranks them under MaxP.
  public static List<String> expectedRerankOrder(List<Hit> hits, int depth, String lang) {
    return hits.stream().limit(depth).map(Hit::docId)
        .sorted(Comparator.comparingDouble((String d) -> FakePassages.documentScore(d, lang)).reversed()).toList();
  }

  /// The query sets of the window.
  public final FakeQuerySets querySets = new FakeQuerySets();
  /// The snapshots of the window.
  public final FakeSnapshots snapshots = new FakeSnapshots();

  /// Annotators added in this fake.
  public final List<String> annotators = new CopyOnWriteArrayList<>(List.of("alice"));

  @Override
  public List<String> annotators(String workspace) {
    return List.copyOf(annotators);
  }

  @Override
  public void addAnnotator(String workspace, String name) {
    if (!annotators.contains(name)) {
      annotators.add(name);
    }
  }

  @Override
  public Agreement agreement(String workspace) {
    calls.add("agreement");
    return Agreement.of(List.copyOf(ratings));
  }

  @Override
  public Judgment adjudicate(String workspace, QueryId topic, DocId doc, Grade grade, String note) {
    return record(workspace, new NewJudgment(topic, doc, JudgmentState.GRADED, grade,
        ADJUDICATED, note));
  }
}
