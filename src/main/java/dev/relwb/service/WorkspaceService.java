package dev.relwb.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.relwb.core.AppDirs;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import dev.relwb.core.WorkspacePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/// Named workspaces under `<data>/workspaces/`: create, list, delete, and read or write their
/// settings (`workspace.json`). Imported topics and qrels are kept as `topics.tsv` and
/// `qrels.txt` (TREC) in the workspace folder.
public final class WorkspaceService {
  private final AppDirs dirs;
  private final IndexRegistry indexes;

  WorkspaceService(AppDirs dirs, IndexRegistry indexes) {
    this.dirs = dirs;
    this.indexes = indexes;
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

  /// Every workspace with its index counts.
  public List<WorkspaceInfo> list() {
    List<WorkspaceInfo> out = new ArrayList<>();
    for (String n : names()) {
      long[] counts = indexes.counts(paths(n).index());
      out.add(new WorkspaceInfo(n, paths(n).root().toString(), settings(n), counts[0], counts[1]));
    }
    return out;
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

  /// The topics file of a workspace (`qid<TAB>text`), written by imports that carry queries.
  public Path topicsFile(String name) {
    return paths(name).root().resolve("topics.tsv");
  }

  /// The qrels file of a workspace (TREC `qid 0 docid rel`), written by imports that carry judgments.
  public Path qrelsFile(String name) {
    return paths(name).root().resolve("qrels.txt");
  }
}
