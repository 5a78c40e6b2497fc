package dev.relwb.service;

import dev.relwb.core.AppDirs;
import dev.relwb.core.CancelToken;
import dev.relwb.core.DocId;
import dev.relwb.core.Grade;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.QueryId;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import dev.relwb.core.WorkspacePaths;
import dev.relwb.eval.Aggregation;
import dev.relwb.eval.Agreement;
import dev.relwb.eval.Qrels;
import dev.relwb.eval.QrelsFormat;
import dev.relwb.eval.QrelsRow;
import dev.relwb.eval.Rating;
import dev.relwb.ingest.TopicsReader;
import dev.relwb.judge.Judgment;
import dev.relwb.judge.JudgmentState;
import dev.relwb.judge.JudgmentStore;
import dev.relwb.judge.NewJudgment;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/// Judging for the UI and the CLI: topics, record a judgment, the current judgments of a topic, import
/// and export judgment files (TREC qrels, BEIR TSV, Quepid CSV, SRW judgment lists), and the qrels view of a
/// workspace's current judgments.
///
/// Each call opens the workspace's `judgments.sqlite` (creating the folder and database when
/// needed) and closes it again; every write is committed durably before the call returns.
public final class JudgmentService implements Judging {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JudgmentService.class);
  private final AppDirs dirs;

  /// A service over the workspaces under the app's data folder.
  public JudgmentService(AppDirs dirs) {
    this.dirs = dirs;
  }

  /// What an import did: rows read, judgments recorded (unchanged ones are skipped), topics seen.
  public record ImportSummary(int rows, int recorded, int topics) { }

  /// The OS user's name, the default annotator.
  public static String osUser() {
    return System.getProperty("user.name", "me");
  }

  @Override
  public String defaultAnnotator() {
    return osUser();
  }

  @Override
  public Topic topicFor(String workspace, String queryText, String language) {
    return withStore(workspace, s -> {
      List<Topic> known = s.topics();
      Topic t = topicFor(known, queryText, language);
      if (!known.contains(t)) {
        s.addTopicIfAbsent(t);
      }
      return t;
    });
  }

  /// The topic of `queryText` among `known` (the same stripped text, ignoring case), or a new typed topic in
  /// `language` (`auto` or null = unknown), not saved yet.
  static Topic topicFor(List<Topic> known, String queryText, String language) {
    String text = queryText.strip();
    return known.stream().filter(t -> t.text().strip().equalsIgnoreCase(text)).findFirst()
        .orElseGet(() -> new Topic(new QueryId(typedId(text)), text,
            language == null || language.equalsIgnoreCase("auto") ? null : language, "typed"));
  }

  /// A stable id for a typed query: `typed-` and 10 hex digits of the SHA-256 of its lower-cased text.
  static String typedId(String text) {
    try {
      byte[] h = java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return "typed-" + java.util.HexFormat.of().formatHex(h, 0, 5);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public Map<DocId, Judgment> judgments(String workspace, QueryId topic) {
    if (!hasDatabase(workspace)) {
      return Map.of();
    }
    return withStore(workspace, s -> {
      Map<DocId, Judgment> latest = new java.util.LinkedHashMap<>();
      s.current(topic).forEach(j -> latest.merge(j.doc(), j, (a, b) -> a.id() >= b.id() ? a : b));
      return latest;
    });
  }

  @Override
  public Judgment record(String workspace, NewJudgment j) {
    long id = withStore(workspace, s -> s.record(j));
    Judgment unsaved = Judgment.unsaved(j);
    return new Judgment(id, j.topic(), j.doc(), j.state(), j.grade(), j.annotator(), unsaved.time(), j.note());
  }

  @Override
  public List<Topic> topics(String workspace) {
    return hasDatabase(workspace) ? withStore(workspace, JudgmentStore::topics) : List.of();
  }

  /// How many topics the workspace's judgments database holds (0 without one).
  public int topicCount(String workspace) {
    return topics(workspace).size();
  }

  /// Adds `topics` to the workspace; topics it has already keep their text.
  public void addTopics(String workspace, List<Topic> topics) {
    withStore(workspace, s -> {
      topics.forEach(s::addTopicIfAbsent);
      return null;
    });
  }

  /// Stores the topics of `file` (BEIR `queries.jsonl`, TREC topics or `qid<TAB>text` lines) in the
  /// workspace, with their text (a workspace connected to a cluster gets its topics this way). Returns how
  /// many the file held.
  public int importTopics(String workspace, Path file) {
    List<Topic> topics = TopicsReader.read(file);
    if (topics.isEmpty()) {
      throw new WorkbenchException("No topics found in " + file + ": use BEIR queries.jsonl, TREC topics"
          + " (<top><num><title>) or qid<TAB>text lines");
    }
    withStore(workspace, s -> {
      topics.forEach(s::putTopic);
      return topics.size();
    });
    return topics.size();
  }

  /// Records one judgment: `gradeOrState` is `0`–`3`, `skip` or `unrateable`. Returns its id.
  public long set(String workspace, String topic, String doc, String gradeOrState, String annotator, String note) {
    NewJudgment j = newJudgment(topic, doc, gradeOrState, annotator, note);
    return withStore(workspace, s -> s.record(j));
  }

  /// Imports a judgment file into the workspace as `annotator`'s judgments.
  public ImportSummary importFile(String workspace, String format, Path file, String annotator) {
    return importFile(workspace, format, file, annotator, ProgressListener.NONE, CancelToken.none());
  }

  /// Imports a judgment file in one transaction, reporting progress every 1,000 rows; a cancelled
  /// import leaves the workspace as it was.
  public ImportSummary importFile(String workspace, String format, Path file, String annotator,
      ProgressListener progress, CancelToken cancel) {
    QrelsFormat fmt = QrelsFormat.parse(format);
    return importRows(workspace, fmt.read(file), fmt, file, annotator, progress, cancel);
  }

  /// Stores what a collection import brought (BEIR, MS MARCO, TREC): its topics with their text, and
  /// its qrels rows (read from `qrelsFile`) as judgments of the annotator `imported`. Topics already in
  /// the workspace keep their judgments; their text is updated. Returns the judgments recorded.
  public ImportSummary importCollection(String workspace, List<Topic> topics, List<QrelsRow> qrels, Path qrelsFile) {
    withStore(workspace, s -> {
      topics.forEach(s::putTopic);
      return topics.size();
    });
    if (qrels.isEmpty()) {
      return new ImportSummary(0, 0, topics.size());
    }
    try {
      return importRows(workspace, qrels, QrelsFormat.TREC, qrelsFile, "imported", ProgressListener.NONE,
          CancelToken.none());
    } catch (WorkbenchException e) {
      // e.g. Cranfield's grade 4: the store holds 0-3; the qrels file stays usable with --qrels
      LOG.warn("The imported qrels were not stored as judgments ({}); evaluate with --qrels {}", e.getMessage(),
          qrelsFile);
      return new ImportSummary(0, 0, topics.size());
    }
  }

  private ImportSummary importRows(String workspace, List<QrelsRow> rows, QrelsFormat fmt, Path file,
      String annotator, ProgressListener progress, CancelToken cancel) {
    long start = System.nanoTime();
    String source = fmt.name().toLowerCase(Locale.ROOT) + " import";
    rows.stream().filter(r -> r.grade() < 0 || r.grade() > Grade.MAX).findFirst().ifPresent(r -> {
      throw new WorkbenchException(file + (r.line() > 0 ? ":" + r.line() : "") + ": grade " + r.grade()
          + " for '" + r.doc() + "' is outside 0-3, the grades the workbench stores; map the grades first");
    });
    return withStore(workspace, s -> {
      Map<String, QueryId> topicOf = topicResolver(s, fmt);
      Map<QueryId, Topic> newTopics = new java.util.LinkedHashMap<>();
      List<NewJudgment> batch = new ArrayList<>();
      for (QrelsRow r : rows) {
        QueryId topic = topicOf.computeIfAbsent(fmt.textKeyed() ? textKey(r.query()) : r.query(), k -> {
          String q = r.query().strip();
          Topic t = fmt.textKeyed() ? new Topic(new QueryId(typedId(q)), q, null, source)
              : new Topic(new QueryId(r.query()), "", null, source);
          newTopics.put(t.id(), t);
          return t.id();
        });
        batch.add(new NewJudgment(topic, new DocId(r.doc()), JudgmentState.GRADED, new Grade(r.grade()), annotator, null));
      }
      int recorded = s.importBatch(List.copyOf(newTopics.values()), batch, done -> {
        if (done % 1000 == 0 || done == batch.size()) {
          cancel.throwIfCancelled("Import of " + file);
          progress.onProgress(new Progress("import", done, batch.size(),
              Duration.ofNanos(System.nanoTime() - start), "importing " + file.getFileName()));
        }
      });
      return new ImportSummary(rows.size(), recorded, (int) batch.stream().map(NewJudgment::topic).distinct().count());
    });
  }

  /// Exports the current grades (of `annotator`, or of whoever judged last when null) to a file;
  /// returns the number of rows written. Skipped and unrateable pairs are not exported.
  public int exportFile(String workspace, String format, Path file, String annotator) {
    return exportFile(workspace, format, file, annotator, null);
  }

  /// Exports the grades that [#qrels(String, String, Aggregation)] gives to a file, in topic and document
  /// order; returns the number of rows written.
  public int exportFile(String workspace, String format, Path file, String annotator, Aggregation aggregation) {
    QrelsFormat fmt = QrelsFormat.parse(format);
    List<QrelsRow> rows = readStore(workspace, s -> {
      Map<QueryId, String> text = new HashMap<>();
      s.topics().forEach(t -> text.put(t.id(), t.text()));
      Qrels grades = aggregated(s.current(), annotator, aggregation, s.file().toString());
      return grades.rows().stream().map(r -> new QrelsRow(fmt.textKeyed()
          ? quepidQuery(new QueryId(r.query()), text) : r.query(), r.doc(), r.grade(), 0)).toList();
    });
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      fmt.write(rows, w, workspace);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot write " + file + ": check the folder exists and is writable", e);
    }
    return rows.size();
  }

  /// The workspace's current grades as qrels (of `annotator`, or the latest grade per pair, an
  /// adjudicated grade first).
  public Qrels qrels(String workspace, String annotator) {
    return qrels(workspace, annotator, null);
  }

  /// The workspace's current grades as qrels: `annotator`'s own when not null (`aggregation` is then not
  /// used), else every annotator's combined per pair by `aggregation` (null = [Aggregation#LATEST]),
  /// the [#ADJUDICATED] grade first. Skipped and unrateable judgments give no grade.
  public Qrels qrels(String workspace, String annotator, Aggregation aggregation) {
    String source = WorkspacePaths.of(dirs, workspace).judgmentsDb().toString();
    return readStore(workspace, s -> aggregated(s.current(), annotator, aggregation, source));
  }

  /// The graded judgments of `current`, one grade per pair (see [#qrels(String, String, Aggregation)]).
  private static Qrels aggregated(List<Judgment> current, String annotator, Aggregation aggregation, String source) {
    List<Rating> ratings = current.stream()
        .filter(j -> j.state() == JudgmentState.GRADED && (annotator == null || annotator.equals(j.annotator())))
        .sorted(java.util.Comparator.comparingLong(Judgment::id))
        .map(j -> new Rating(j.topic().value(), j.doc().value(), j.annotator(), j.grade().value())).toList();
    Aggregation rule = annotator != null || aggregation == null ? Aggregation.LATEST : aggregation;
    Qrels.Builder b = Qrels.builder(source);
    rule.combine(ratings, annotator == null ? ADJUDICATED : null)
        .forEach(r -> b.add(r.query(), r.doc(), r.grade(), 0));
    return b.build();
  }

  @Override
  public List<String> annotators(String workspace) {
    return withStore(workspace, s -> s.team().annotators());
  }

  @Override
  public void addAnnotator(String workspace, String name) {
    withStore(workspace, s -> s.team().addAnnotator(name));
  }

  @Override
  public Judgment adjudicate(String workspace, QueryId topic, DocId doc, Grade grade, String note) {
    return record(workspace, new NewJudgment(topic, doc, JudgmentState.GRADED, grade, ADJUDICATED, note));
  }

  /// Inter-annotator agreement over the current grades of the workspace (adjudicated grades are not an
  /// annotator's opinion and are left out).
  @Override
  public Agreement agreement(String workspace) {
    List<Rating> ratings = readStore(workspace, JudgmentStore::current).stream()
        .filter(j -> j.state() == JudgmentState.GRADED && !ADJUDICATED.equals(j.annotator()))
        .map(j -> new Rating(j.topic().value(), j.doc().value(), j.annotator(), j.grade().value())).toList();
    return Agreement.of(ratings);
  }

  /// The agreement as a text report, or as JSON (`pairs`, `fleiss_kappa`, `fleiss_items`,
  /// `disagreements`; undefined kappas are null).
  public String agreementReport(String workspace, boolean json) {
    return AgreementReport.render(agreement(workspace), json);
  }

  /// Runs `work` on the workspace's existing store; a workspace without judgments is an error
  /// (reading never creates a database).
  <T> T readStore(String workspace, Function<JudgmentStore, T> work) {
    if (!hasDatabase(workspace)) {
      throw new WorkbenchException("Workspace '" + workspace + "' has no judgments yet ("
          + WorkspacePaths.of(dirs, workspace).judgmentsDb() + " does not exist); record or import judgments first");
    }
    return withStore(workspace, work);
  }

  /// Whether the workspace has a judgments database.
  boolean hasDatabase(String workspace) {
    return Files.isRegularFile(WorkspacePaths.of(dirs, workspace).judgmentsDb());
  }

  /// Runs `work` on the workspace's store, opened (and created if needed) for the call.
  <T> T withStore(String workspace, Function<JudgmentStore, T> work) {
    Path db = WorkspacePaths.of(dirs, workspace).judgmentsDb();
    try (JudgmentStore store = JudgmentStore.open(db)) {
      return work.apply(store);
    }
  }

  static NewJudgment newJudgment(String topic, String doc, String gradeOrState, String annotator, String note) {
    String v = gradeOrState == null ? "" : gradeOrState.strip();
    if (v.matches("-?\\d+")) {
      return new NewJudgment(new QueryId(topic), new DocId(doc), JudgmentState.GRADED,
          new Grade(Integer.parseInt(v)), annotator, note);
    }
    JudgmentState state = JudgmentState.parse(v);
    if (state == JudgmentState.GRADED) {
      throw new WorkbenchException("Give a grade 0-3, or skip or unrateable");
    }
    return new NewJudgment(new QueryId(topic), new DocId(doc), state, null, annotator, note);
  }

  /// Topic ids by the key rows use: the topic id, or for a text-keyed format (Quepid, SRW) the text as
  /// [#topicFor] matches it (stripped, case-insensitive; the first topic with that text), a topic without text
  /// by its id (what the export wrote for it).
  private static Map<String, QueryId> topicResolver(JudgmentStore s, QrelsFormat fmt) {
    Map<String, QueryId> byKey = new HashMap<>();
    List<Topic> topics = s.topics();
    if (!fmt.textKeyed()) {
      topics.forEach(t -> byKey.put(t.id().value(), t.id()));
      return byKey;
    }
    topics.stream().filter(t -> !t.text().isBlank()).forEach(t -> byKey.putIfAbsent(textKey(t.text()), t.id()));
    topics.stream().filter(t -> t.text().isBlank()).forEach(t -> byKey.putIfAbsent(textKey(t.id().value()), t.id()));
    return byKey;
  }

  private static String textKey(String queryText) {
    return queryText.strip().toLowerCase(Locale.ROOT);
  }

  private static String quepidQuery(QueryId topic, Map<QueryId, String> text) {
    String t = text.get(topic);
    return t == null || t.isEmpty() ? topic.value() : t;
  }
}
