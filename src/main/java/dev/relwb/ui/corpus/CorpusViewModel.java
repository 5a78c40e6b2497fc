package dev.relwb.ui.corpus;

import dev.relwb.cluster.ClusterConfig;
import dev.relwb.cluster.QueryTemplate;
import dev.relwb.service.Clusters;
import dev.relwb.service.Corpora;
import dev.relwb.service.SourceKind;
import dev.relwb.service.WorkspaceInfo;
import dev.relwb.ui.support.JobCallbacks;
import dev.relwb.ui.support.JobHandle;
import dev.relwb.ui.support.TaskRunner;
import dev.relwb.ui.support.UiMessages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// State and actions of the Corpus tab, and the first run: when no workspace exists, "Sample" is
/// created from the bundled sample corpus and indexed with progress. Workspaces over a search cluster
/// are connected through [#connectForm()] and listed with their connection instead of counts.
public final class CorpusViewModel {
  /// The name of the workspace made from the bundled sample corpus.
  public static final String SAMPLE = "Sample";
  private final Corpora corpora;
  private final Clusters clusters;
  private final TaskRunner runner;
  private final ClusterConnectViewModel connectForm;
  private final StringProperty workspace;
  private final ObservableList<WorkspaceInfo> workspaces = FXCollections.observableArrayList();
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final StringProperty status = new SimpleStringProperty("");
  private JobHandle job;

  /// A tab model over `corpora` and `clusters`; `workspace` is the workspace the window works on.
  public CorpusViewModel(Corpora corpora, Clusters clusters, TaskRunner runner, StringProperty workspace) {
    this.corpora = corpora;
    this.clusters = clusters;
    this.runner = runner;
    this.workspace = workspace;
    this.connectForm = new ClusterConnectViewModel(clusters, runner, this::connected);
  }

  /// Lists the workspaces; when there are none, creates "Sample" from the sample corpus (if any),
  /// then calls `ready` with the workspace to use (`preferred` when it exists).
  public void start(String preferred, Consumer<String> ready) {
    status.set("Opening workspaces…");
    runner.run("List workspaces", ctx -> corpora.workspaces(), JobCallbacks.<List<WorkspaceInfo>>of(list -> {
      workspaces.setAll(list);
      Optional<WorkspaceInfo> pick = list.stream().filter(w -> w.name().equals(preferred)).findFirst()
          .or(() -> list.stream().findFirst());
      if (pick.isPresent()) {
        status.set(list.size() + " workspace(s)");
        ready.accept(pick.get().name());
      } else {
        createSample(ready);
      }
    }, this::fail));
  }

  private void createSample(Consumer<String> ready) {
    Optional<Path> sample = corpora.sampleCorpus();
    if (sample.isEmpty()) {
      status.set("No workspace yet: add a folder or import a collection below.");
      return;
    }
    importSource(SAMPLE, SourceKind.BEIR, sample.get(), ready);
  }

  /// Creates or updates workspace `name` from `path`, with progress; then selects it.
  public void importSource(String name, SourceKind kind, Path path, Consumer<String> ready) {
    if (busy.get()) {
      status.set("An import is already running.");
      return;
    }
    busy.set(true);
    progress.set(-1);
    status.set("Indexing " + path.getFileName() + " into " + name + "…");
    job = runner.run("Import " + name, ctx -> corpora.importSource(name, kind, path, ctx.progress(), ctx.cancel()),
        JobCallbacks.<WorkspaceInfo>of(info -> {
          busy.set(false);
          progress.set(1);
          workspaces.removeIf(w -> w.name().equals(info.name()));
          workspaces.add(info);
          status.set("Indexed " + info.documents() + " documents (" + info.passages() + " passages) into "
              + info.name() + (info.skipped().isEmpty() ? "" : "; " + info.skipped().size() + " files skipped"));
          workspace.set(info.name());
          ready.accept(info.name());
        }, this::fail).withProgress(p -> {
          progress.set(p.fraction());
          status.set("Indexing " + name + ": " + p.done() + (p.total() > 0 ? " / " + p.total() : "")
              + (p.message().isBlank() ? "" : " · " + p.message()));
        }));
  }

  /// Stops a running import (what was committed stays usable).
  public void cancel() {
    if (job != null) {
      job.cancel();
    }
    busy.set(false);
    status.set("Import cancelled.");
  }

  /// Deletes workspace `name`.
  public void delete(String name) {
    runner.run("Delete " + name, ctx -> {
      corpora.delete(name);
      return corpora.workspaces();
    }, JobCallbacks.<List<WorkspaceInfo>>of(list -> {
      workspaces.setAll(list);
      if (name.equals(workspace.get())) {
        workspace.set(list.isEmpty() ? "" : list.getFirst().name());
      }
      status.set("Deleted " + name);
    }, this::fail));
  }

  /// After a cluster workspace was connected: lists the workspaces again and selects the new one.
  private void connected(WorkspaceInfo info) {
    status.set("Connected workspace " + info.name() + " to " + info.settings().cluster().where());
    runner.run("List workspaces", ctx -> corpora.workspaces(), JobCallbacks.<List<WorkspaceInfo>>of(list -> {
      workspaces.setAll(list);
      if (info(info.name()).isEmpty()) {
        workspaces.add(info);
      }
      workspace.set(info.name());
    }, this::fail));
  }

  /// Uses `secret` (password or API key) for cluster workspace `name` until the app closes; never saved.
  public void useSecret(String name, String secret) {
    clusters.useSecret(name, secret);
    status.set(secret == null || secret.isEmpty() ? "Cleared the session password / API key of " + name
        : "Set the password / API key of " + name + " for this session");
  }

  /// Whether `w` is a cluster workspace whose auth needs a password or API key.
  public static boolean needsSecret(WorkspaceInfo w) {
    return w != null && w.settings().hasCluster() && w.settings().cluster().auth().needsSecret();
  }

  /// The workspace list's line for `w`: its document count, or its engine and index for a cluster.
  public static String listLine(WorkspaceInfo w) {
    ClusterConfig c = w.settings().cluster();
    return c == null ? String.format(Locale.ROOT, "%,d docs", w.documents())
        : c.engine().shown() + " · " + c.index();
  }

  /// The details line of `w`: counts for a local index; the cluster and its query templates otherwise.
  public static String details(WorkspaceInfo w) {
    ClusterConfig c = w.settings().cluster();
    if (c == null) {
      return String.format(Locale.ROOT, "%s: %,d documents · %,d passages · %d languages · %d topics",
          w.name(), w.documents(), w.passages(), w.languages().size(), w.topics());
    }
    return w.name() + ": " + c.where() + " · templates: "
        + String.join(", ", c.templates().stream().map(QueryTemplate::name).toList())
        + String.format(Locale.ROOT, " · %d topics", w.topics());
  }

  /// The *Connect to a cluster* form.
  public ClusterConnectViewModel connectForm() {
    return connectForm;
  }

  private void fail(Throwable e) {
    busy.set(false);
    status.set(UiMessages.shortMessage(e));
  }

  /// The workspace with `name`, if listed.
  public Optional<WorkspaceInfo> info(String name) {
    return workspaces.stream().filter(w -> w.name().equals(name)).findFirst();
  }

  /// Every workspace.
  public ObservableList<WorkspaceInfo> workspaces() {
    return workspaces;
  }

  /// The workspace the window works on.
  public StringProperty workspace() {
    return workspace;
  }

  /// Whether an import runs.
  public BooleanProperty busy() {
    return busy;
  }

  /// Import progress (-1 while unknown).
  public DoubleProperty progress() {
    return progress;
  }

  /// The status line.
  public StringProperty status() {
    return status;
  }
}
