package dev.relwb.service.workbench;

import dev.relwb.core.CancelToken;
import dev.relwb.core.IngestReport;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.QueryId;
import dev.relwb.core.SampleCorpora;
import dev.relwb.core.WorkbenchException;
import dev.relwb.ingest.TopicsReader;
import dev.relwb.service.IndexJob;
import dev.relwb.service.IndexService;
import dev.relwb.service.JudgmentService;
import dev.relwb.service.WorkspaceService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/// `Corpora` over the workspace and index services. The topics and qrels that come with a collection
/// reach the workspace's judgment store through the index service's import hook (wired in the
/// composition root), as they do for `relwb index`; TREC topic/qrels folders are added here.
final class CorporaAdapter implements Corpora {
  private final WorkspaceService workspaces;
  private final IndexService indexing;
  private final JudgmentService judgments;
  private final JudgingAdapter store;

  CorporaAdapter(WorkspaceService workspaces, IndexService indexing, JudgmentService judgments,
      JudgingAdapter store) {
    this.workspaces = workspaces;
    this.indexing = indexing;
    this.judgments = judgments;
    this.store = store;
  }

  @Override
  public List<WorkspaceInfo> list() {
    return workspaces.list().stream().map(w -> info(w.name(), w.documents(), w.passages())).toList();
  }

  private WorkspaceInfo info(String name, long documents, long passages) {
    IngestReport r = indexing.lastReport(name);
    Map<String, Long> langs = r == null ? Map.of() : r.languages();
    List<String> skipped = r == null ? List.of()
        : r.skipped().stream().map(s -> s.input() + ": " + s.reason()).toList();
    int topics = Files.exists(workspaces.paths(name).judgmentsDb()) ? store.topics(name).size() : 0;
    return new WorkspaceInfo(name, documents, passages, langs, topics, skipped);
  }

  @Override
  public WorkspaceInfo importSource(String name, SourceKind kind, Path path, ProgressListener progress,
      CancelToken cancel) {
    if (kind == SourceKind.TREC) {
      importTrec(name, path);
    } else {
      IndexJob job = switch (kind) {
        case FOLDER -> IndexJob.folders(name, List.of(path), "auto");
        case BEIR -> IndexJob.beir(name, path, "auto");
        case MSMARCO -> new IndexJob(name, null, null, path, null, null, "auto", null, null, null, null, 0);
        case TREC -> throw new IllegalStateException("handled above");
      };
      indexing.index(job, progress, cancel);
    }
    return list().stream().filter(w -> w.name().equals(name)).findFirst()
        .orElseThrow(() -> new WorkbenchException("The workspace '" + name + "' was not created"));
  }

  private void importTrec(String name, Path folder) {
    if (!workspaces.exists(name)) {
      throw new WorkbenchException("Create the workspace '" + name + "' from documents first, then add TREC topics"
          + " and qrels to it");
    }
    List<Path> files = files(folder);
    Optional<Path> qrels = files.stream().filter(f -> lower(f).contains("qrel")).findFirst();
    Optional<Path> topics = files.stream().filter(f -> lower(f).contains("topic") || lower(f).contains("quer"))
        .findFirst();
    if (qrels.isEmpty() && topics.isEmpty()) {
      throw new WorkbenchException("No topics or qrels file in " + folder + ": name them e.g. topics.txt and qrels.txt");
    }
    topics.ifPresent(t -> store.withStore(name, s -> {
      TopicsReader.read(t).forEach(x -> s.addTopicIfAbsent(
          new dev.relwb.judge.Topic(new QueryId(x.id()), x.text(), null, "TREC topics")));
      return null;
    }));
    qrels.ifPresent(q -> judgments.importFile(name, "trec", q, "imported"));
  }

  private static String lower(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  private static List<Path> files(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
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
