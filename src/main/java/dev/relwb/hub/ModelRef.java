package dev.relwb.hub;

import dev.relwb.core.WorkbenchException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// What a user typed for `--model`: a local model folder, or a Hugging Face repo id with an
/// optional revision (`org/name`, `org/name@revision`; the revision is a branch, tag or commit and
/// defaults to `main`). An existing folder always wins over a repo id of the same spelling.
public sealed interface ModelRef {
  /// The branch used when no revision is given.
  String DEFAULT_REVISION = "main";

  /// Parses a `--model` value; fails with a message that shows the accepted forms.
  static ModelRef parse(String value) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      throw new WorkbenchException("No model given: pass a model folder, org/name or org/name@revision");
    }
    Path folder = asPath(v);
    if (folder != null && Files.isDirectory(folder)) {
      return new Local(folder.toAbsolutePath().normalize());
    }
    Matcher m = Hub.SYNTAX.matcher(v);
    if (m.matches() && !v.startsWith(".")) {
      return new Hub(m.group(1), m.group(2) == null ? DEFAULT_REVISION : m.group(2));
    }
    if (folder != null && (folder.isAbsolute() || v.startsWith(".") || v.startsWith("~") || v.contains("\\"))) {
      throw new WorkbenchException("The model folder " + folder.toAbsolutePath()
          + " does not exist: check the path, or give a Hugging Face repo id like org/name");
    }
    throw new WorkbenchException("'" + v + "' is neither a model folder nor a Hugging Face repo id:"
        + " give a folder, org/name or org/name@revision");
  }

  private static Path asPath(String v) {
    try {
      return Path.of(v);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /// A model folder on disk, used as is.
  record Local(Path folder) implements ModelRef {
    @Override
    public String toString() {
      return folder.toString();
    }
  }

  /// A model repo on the hub at a revision.
  record Hub(String repoId, String revision) implements ModelRef {
    private static final String PART = "[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9])?";
    static final Pattern SYNTAX = Pattern.compile("(" + PART + "/" + PART + ")(?:@([A-Za-z0-9._/-]{1,200}))?");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

    /// Checks both parts (the repo id must be `org/name`; no `..` or `--` anywhere).
    public Hub {
      if (!SYNTAX.matcher(repoId).matches() || repoId.contains("..") || repoId.contains("--")) {
        throw new WorkbenchException("Invalid Hugging Face repo id '" + repoId
            + "': use org/name with letters, digits, '-', '_' and '.'");
      }
      if (!revision.matches("[A-Za-z0-9._/-]{1,200}") || revision.contains("..")
          || revision.startsWith("/") || revision.endsWith("/")) {
        throw new WorkbenchException("Invalid revision '" + revision + "' for " + repoId
            + ": give a branch, tag or 40-character commit hash");
      }
    }

    /// A repo at its default branch.
    public static Hub of(String repoId) {
      return new Hub(repoId, DEFAULT_REVISION);
    }

    /// Whether the revision is a full commit hash (then no ref file is written).
    public boolean revisionIsCommit() {
      return COMMIT.matcher(revision).matches();
    }

    /// The repo's folder name in the hub cache, e.g. `models--org--name`.
    public String cacheFolderName() {
      return "models--" + repoId.replace("/", "--");
    }

    @Override
    public String toString() {
      return DEFAULT_REVISION.equals(revision) ? repoId : repoId + "@" + revision;
    }
  }
}
