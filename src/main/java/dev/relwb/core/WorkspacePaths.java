package dev.relwb.core;

import java.nio.file.Path;
import java.util.regex.Pattern;

/// Where one named workspace keeps its parts: `<data>/workspaces/<name>/` holding the Lucene index
/// (`index/`), the judgments database (`judgments.sqlite`), its settings (`workspace.json`), the last
/// ingest report, and the topics and qrels a collection import brought, as files (`topics.tsv`, `qrels.txt`).
public record WorkspacePaths(String name, Path root) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /// Rejects names that are not safe as a folder name.
  public WorkspacePaths {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new WorkbenchException("Invalid workspace name '" + name
          + "': use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
  }

  /// The workspace `name` under the app's data folder.
  public static WorkspacePaths of(AppDirs dirs, String name) {
    return new WorkspacePaths(name, dirs.data().resolve("workspaces").resolve(name == null ? "" : name));
  }

  /// The Lucene index folder.
  public Path index() {
    return root.resolve("index");
  }

  /// The SQLite judgments database.
  public Path judgmentsDb() {
    return root.resolve("judgments.sqlite");
  }

  /// The workspace settings file (source, analyzer and BM25 settings).
  public Path settings() {
    return root.resolve("workspace.json");
  }

  /// The ingest report of the last indexing run.
  public Path ingestReport() {
    return root.resolve("ingest-report.json");
  }

  /// The topics a collection import brought, as `qid<TAB>text` lines (also stored in the judgments database).
  public Path topics() {
    return root.resolve("topics.tsv");
  }

  /// The qrels a collection import brought, in TREC format (`qid 0 docid grade`), kept as a file because
  /// collections may grade outside the 0–3 the judgments database stores (Cranfield's 4s).
  public Path qrels() {
    return root.resolve("qrels.txt");
  }
}
