package dev.relwb.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.relwb.core.AppDirs;
import dev.relwb.core.IngestReport;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import dev.relwb.core.WorkspacePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/// Named workspaces under `<data>/workspaces/`: create, list, delete, read or write their settings
/// (`workspace.json`), and read the report of their last indexing run.
public final class WorkspaceService {
  private final AppDirs dirs;
  private final IndexRegistry indexes;
  private final JudgmentService judgments;

  WorkspaceService(AppDirs dirs, IndexRegistry indexes, JudgmentService judgments) {
    this.dirs = dirs;
    this.indexes = indexes;
    this.judgments = judgments;
  }

  /// The folder layout of workspace `name` (whether or not it exists).
  public WorkspacePaths paths(String name) {
    return WorkspacePaths.of(dirs, name);
  }

  /// Whether workspace `name` exists.
  public boolean exists(String name) {
    return Files.isRegularFile(paths(name).settings());
  }

  /// Creates workspace `name`; fails if it exists.
  public WorkspaceSettings create(String name) {
    WorkspacePaths p = paths(name);
    if (exists(name)) {
      throw new WorkbenchException("The workspace '" + name + "' already exists (" + p.root() + ")");
    }
    WorkspaceSettings s = WorkspaceSettings.create(name);
    save(s);
    return s;
  }

  /// The settings of an existing workspace.
  public WorkspaceSettings settings(String name) {
    Path f = paths(name).settings();
    if (!Files.isRegularFile(f)) {
      throw new WorkbenchException("There is no workspace '" + name + "': create it with `relwb workspace create "
          + name + "` (existing: " + String.join(", ", names()) + ")");
    }
    try {
      return Json.mapper().readValue(f.toFile(), WorkspaceSettings.class);
    } catch (IOException e) {
      throw new WorkbenchException("The workspace settings " + f + " are not readable JSON: fix or delete the file", e);
    }
  }

  /// Writes `settings` atomically (temp file + rename), creating the workspace folder if needed.
  public void save(WorkspaceSettings settings) {
    WorkspacePaths p = paths(settings.name());
    try {
      Files.createDirectories(p.root());
      Path tmp = p.root().resolve("workspace.json.tmp");
      Files.writeString(tmp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(settings),
          StandardCharsets.UTF_8);
      Files.move(tmp, p.settings(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (JsonProcessingException e) {
      throw new WorkbenchException("Cannot encode the settings of workspace " + settings.name(), e);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot write " + p.settings() + ": " + e.getMessage(), e);
    }
  }

  /// The names of all workspaces, sorted.
  public List<String> names() {
    Path root = dirs.data().resolve("workspaces");
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(d -> Files.isRegularFile(d.resolve("workspace.json")))
          .map(d -> d.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new WorkbenchException("Cannot list the workspaces in " + root + ": " + e.getMessage(), e);
    }
  }

  /// Every workspace with its stats.
  public List<WorkspaceInfo> list() {
    return names().stream().map(this::info).toList();
  }

  /// Workspace `name` with its stats.
  public WorkspaceInfo info(String name) {
    long[] counts = indexes.counts(paths(name).index());
    IngestReport r = lastReport(name);
    Map<String, Long> langs = r == null ? Map.of() : r.languages();
    List<String> skipped = r == null ? List.of()
        : r.skipped().stream().map(x -> x.input() + ": " + x.reason()).toList();
    int topics = judgments == null ? 0 : judgments.topicCount(name);
    return new WorkspaceInfo(name, paths(name).root().toString(), settings(name), counts[0], counts[1], langs, topics,
        skipped);
  }

  /// The report of the last indexing run of `workspace`, or null when it was never indexed.
  public IngestReport lastReport(String workspace) {
    Path f = paths(workspace).ingestReport();
    if (!Files.isRegularFile(f)) {
      return null;
    }
    try {
      return Json.mapper().readValue(f.toFile(), IngestReport.class);
    } catch (IOException e) {
      throw new WorkbenchException("The ingest report " + f + " is not readable: index again to rewrite it", e);
    }
  }

  /// Deletes workspace `name` with its index, judgments and settings.
  public void delete(String name) {
    WorkspacePaths p = paths(name);
    if (!exists(name)) {
      throw new WorkbenchException("There is no workspace '" + name + "' to delete");
    }
    indexes.close(p.index());
    try (Stream<Path> walk = Files.walk(p.root())) {
      for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    } catch (IOException e) {
      throw new WorkbenchException("Cannot delete " + p.root() + " completely: " + e.getMessage()
          + " (close other programs using it and try again)", e);
    }
  }
}
