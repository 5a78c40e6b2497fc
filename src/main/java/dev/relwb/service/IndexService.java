package dev.relwb.service;

import dev.relwb.core.CancelToken;
import dev.relwb.core.IngestReport;
import dev.relwb.core.Json;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.SampleCorpora;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import dev.relwb.core.WorkspacePaths;
import dev.relwb.eval.QrelsFormat;
import dev.relwb.eval.QrelsRow;
import dev.relwb.index.IndexHandle;
import dev.relwb.index.IndexOptions;
import dev.relwb.index.Indexer;
import dev.relwb.ingest.BeirSource;
import dev.relwb.ingest.DocumentSource;
import dev.relwb.ingest.FileFingerprint;
import dev.relwb.ingest.FolderSource;
import dev.relwb.ingest.JsonlSource;
import dev.relwb.ingest.MsMarcoSource;
import dev.relwb.ingest.PassageSplitter;
import dev.relwb.ingest.QrelsFile;
import dev.relwb.ingest.TopicsReader;
import dev.relwb.ingest.TrecDocsSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Indexes folders and collections into a workspace (creating it if needed), writes the ingest
/// report (`ingest-report.json`), and hands the topics and qrels that came with a collection to the
/// judgment service (and keeps them as `topics.tsv` and `qrels.txt` in the workspace folder).
public final class IndexService implements Corpora {
  private final WorkspaceService workspaces;
  private final IndexRegistry indexes;

  private final JudgmentService judgments;

  IndexService(WorkspaceService workspaces, IndexRegistry indexes, JudgmentService judgments) {
    this.workspaces = workspaces;
    this.indexes = indexes;
    this.judgments = judgments;
  }

  /// Runs `job`; returns one report covering all its sources.
  public IngestReport index(IndexJob job, ProgressListener progress, CancelToken cancel) {
    if (!workspaces.exists(job.workspace())) {
      workspaces.create(job.workspace());
    }
    WorkspaceSettings settings = workspaces.settings(job.workspace());
    if (settings.hasCluster()) {
      throw new WorkbenchException("Workspace '" + job.workspace() + "' takes its documents from "
          + settings.cluster().where() + ": index them into the cluster, or index into a local workspace");
    }
    WorkspacePaths paths = workspaces.paths(job.workspace());
    List<DocumentSource> sources = sources(job);
    boolean presplit = job.paths().isEmpty() && job.trecDocs() == null;
    int words = job.passageWords() != null ? job.passageWords() : presplit ? 0 : settings.passageWords();
    double overlap = job.passageOverlap() != null ? job.passageOverlap() : settings.passageOverlap();
    IndexOptions opts = new IndexOptions(new PassageSplitter(words, overlap), indexes.detector(), "en", 50_000);
    List<IngestReport> reports = new ArrayList<>();
    List<Topic> topics = new ArrayList<>();
    List<QrelsRow> qrels = new ArrayList<>();
    try (IndexHandle h = IndexHandle.openWritable(paths.index(), indexes.analyzers())) {
      Indexer indexer = new Indexer(h, opts);
      for (DocumentSource src : sources) {
        Map<String, FileFingerprint> known = Map.of();
        if (src instanceof FolderSource f) {
          known = Indexer.fingerprints(h, f.root());
          f.withKnown(known);
        }
        reports.add(indexer.index(src, known, progress, cancel));
        topics.addAll(src.topics());
        for (QrelsFile f : src.qrelsFiles()) {
          qrels.addAll(QrelsFormat.parse(f.format()).read(f.file()));
        }
        settings = settings.withSource(src.describe());
      }
    }
    IngestReport report = merge(reports, topics.size(), qrels.size());
    storeTopics(job.workspace(), topics, qrels);
    workspaces.save(settings);
    writeReport(paths.ingestReport(), report);
    indexes.reader(paths.index());
    return report;
  }

  private List<DocumentSource> sources(IndexJob job) {
    String lang = job.language().equalsIgnoreCase("auto") ? null : job.language();
    List<DocumentSource> out = new ArrayList<>();
    for (Path p : job.paths()) {
      if (!Files.isDirectory(p)) {
        throw new WorkbenchException(p + " is not a folder: give folders to index (their files are read recursively)");
      }
      FolderSource f = new FolderSource(p, job.includes(), job.excludes(), job.maxFileBytes(), lang);
      Path name = p.toAbsolutePath().normalize().getFileName();
      out.add(job.paths().size() > 1 && name != null ? f.withIdPrefix(name + "/") : f);
    }
    if (job.beir() != null) {
      out.add(new BeirSource(job.beir(), lang));
    }
    if (job.msmarco() != null) {
      out.add(new MsMarcoSource(job.msmarco(), lang));
    }
    if (job.jsonl() != null) {
      IndexJob.JsonlFields f = job.jsonlFields();
      out.add(new JsonlSource(job.jsonl(), new JsonlSource.JsonlFields(f.id(), f.title(), f.text(), f.language()),
          lang));
    }
    if (job.trecDocs() != null) {
      out.add(new TrecDocsSource(job.trecDocs(), lang, job.excludes()));
    }
    if (out.isEmpty()) {
      throw new WorkbenchException("Nothing to index: give folders, or --beir, --msmarco, --jsonl or --trec-docs");
    }
    return out;
  }

  private static IngestReport merge(List<IngestReport> rs, int topics, int qrels) {
    if (rs.size() == 1) {
      IngestReport r = rs.getFirst();
      return new IngestReport(r.source(), r.started(), r.seconds(), r.added(), r.changed(), r.unchanged(),
          r.deleted(), r.passages(), r.chars(), r.languages(), r.skipped(), topics, qrels, r.cancelled());
    }
    Map<String, Long> langs = new HashMap<>();
    List<IngestReport.Skipped> skipped = new ArrayList<>();
    long[] n = new long[6];
    double secs = 0;
    for (IngestReport r : rs) {
      n[0] += r.added();
      n[1] += r.changed();
      n[2] += r.unchanged();
      n[3] += r.deleted();
      n[4] += r.passages();
      n[5] += r.chars();
      secs += r.seconds();
      r.languages().forEach((k, v) -> langs.merge(k, v, Long::sum));
      skipped.addAll(r.skipped());
    }
    String src = String.join("; ", rs.stream().map(IngestReport::source).toList());
    return new IngestReport(src, rs.getFirst().started(), secs, n[0], n[1], n[2], n[3], n[4], n[5],
        new java.util.TreeMap<>(langs), skipped, topics, qrels, false);
  }

  private void storeTopics(String workspace, List<Topic> topics, List<QrelsRow> qrels) {
    WorkspacePaths paths = workspaces.paths(workspace);
    if (!topics.isEmpty()) {
      TopicsReader.writeTsv(topics, paths.topics());
    }
    if (!qrels.isEmpty()) {
      try (java.io.Writer w = Files.newBufferedWriter(paths.qrels(), java.nio.charset.StandardCharsets.UTF_8)) {
        QrelsFormat.TREC.write(qrels, w);
      } catch (IOException e) {
        throw new WorkbenchException("Cannot write " + paths.qrels() + ": " + e.getMessage(), e);
      }
    }
    if ((!topics.isEmpty() || !qrels.isEmpty()) && judgments != null) {
      judgments.importCollection(workspace, topics, qrels, paths.qrels());
    }
  }

  private static void writeReport(Path file, IngestReport report) {
    try {
      Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
    } catch (IOException e) {
      throw new WorkbenchException("Cannot write the ingest report " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<WorkspaceInfo> workspaces() {
    return workspaces.list();
  }

  @Override
  public WorkspaceInfo importSource(String name, SourceKind kind, Path path, ProgressListener progress,
      CancelToken cancel) {
    switch (kind) {
      case FOLDER -> index(IndexJob.folders(name, List.of(path), "auto"), progress, cancel);
      case BEIR -> index(IndexJob.beir(name, path, "auto"), progress, cancel);
      case MSMARCO -> index(IndexJob.msmarco(name, path, "auto"), progress, cancel);
      case TREC -> importTrec(name, path, progress, cancel);
    }
    return workspaces.info(name);
  }

  /// A TREC collection folder: its document files (`<DOC>` records, any other file of the folder and its
  /// subfolders) are indexed into the workspace (made if needed), then its topics file (name with `topic` or
  /// `quer`) and qrels file (name with `qrel`) go to the judgments. A folder with only topics and qrels adds
  /// them to an existing workspace.
  private void importTrec(String name, Path folder, ProgressListener progress, CancelToken cancel) {
    List<Path> files = files(folder);
    Optional<Path> qrels = files.stream().filter(f -> lower(f).contains("qrel")).findFirst();
    Optional<Path> topics = files.stream().filter(f -> lower(f).contains("topic") || lower(f).contains("quer"))
        .findFirst();
    List<String> notDocs = java.util.stream.Stream.of(qrels, topics).flatMap(Optional::stream)
        .map(f -> f.getFileName().toString().replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?")
            .replace("[", "\\[").replace("{", "\\{")).toList();
    boolean hasDocs = hasOtherFiles(folder, qrels, topics);
    if (hasDocs) {
      index(new IndexJob(name, null, null, null, null, folder, null, "auto", null, notDocs, null, null, 0), progress,
          cancel);
    } else if (!workspaces.exists(name)) {
      throw new WorkbenchException("Create the workspace '" + name + "' from documents first, then add TREC topics"
          + " and qrels to it (" + folder + " holds no document files)");
    }
    if (qrels.isEmpty() && topics.isEmpty() && !hasDocs) {
      throw new WorkbenchException("No documents, topics or qrels file in " + folder
          + ": name them e.g. topics.txt and qrels.txt beside the <DOC> files");
    }
    topics.ifPresent(t -> judgments.addTopics(name, TopicsReader.read(t)));
    qrels.ifPresent(q -> judgments.importFile(name, "trec", q, "imported"));
  }

  private static boolean hasOtherFiles(Path folder, Optional<Path> qrels, Optional<Path> topics) {
    try (java.util.stream.Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
          .anyMatch(p -> !qrels.map(p::equals).orElse(false) && !topics.map(p::equals).orElse(false));
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read the folder " + folder + ": " + e.getMessage(), e);
    }
  }

  private static String lower(Path p) {
    return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
  }

  private static List<Path> files(Path folder) {
    try (java.util.stream.Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read the folder " + folder + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void delete(String name) {
    workspaces.delete(name);
  }

  @Override
  public Optional<Path> sampleCorpus() {
    return SampleCorpora.sample();
  }
}
