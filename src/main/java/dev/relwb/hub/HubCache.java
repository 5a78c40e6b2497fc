package dev.relwb.hub;

import dev.relwb.hub.HubException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The standard Hugging Face hub cache on disk, the layout Python's `huggingface_hub` uses, so
/// each side can use what the other downloaded:
///
/// ```
/// <cache>/models--{org}--{name}/
///   blobs/<etag>                 file contents, named by sha256 (LFS) or git blob sha1 (small files)
///   blobs/<etag>.incomplete      a download in progress (resumable)
///   snapshots/<commit>/<file>    relative symlink ../../blobs/<etag> (a copy where links are impossible)
///   refs/<revision>              the commit hash the revision pointed to, no newline
///   .no_exist/<commit>/<file>    empty marker: the file does not exist at that commit
/// ```
public final class HubCache {
  private static final Logger LOG = LoggerFactory.getLogger(HubCache.class);
  private static final Pattern ETAG = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._ -]{0,199}");

  private final Path root;

  /// The cache rooted at `root` (the folder holding `models--*`).
  public HubCache(Path root) {
    this.root = root.toAbsolutePath();
  }

  /// The cache root.
  public Path root() {
    return root;
  }

  /// The repo's folder, `models--{org}--{name}`.
  public Path repoDir(ModelRef.Hub repo) {
    return root.resolve(repo.cacheFolderName());
  }

  /// The finished blob for an etag.
  public Path blob(ModelRef.Hub repo, String etag) {
    return repoDir(repo).resolve("blobs").resolve(checkEtag(etag));
  }

  /// The partial download for an etag.
  public Path incomplete(ModelRef.Hub repo, String etag) {
    return repoDir(repo).resolve("blobs").resolve(checkEtag(etag) + ".incomplete");
  }

  /// The snapshot folder of a commit: a complete model folder once downloaded.
  public Path snapshotDir(ModelRef.Hub repo, String commit) {
    return repoDir(repo).resolve("snapshots").resolve(checkEtag(commit));
  }

  /// The commit a revision resolves to in the cache: the revision itself when it is a commit hash
  /// with a snapshot folder, else the content of `refs/<revision>`.
  public Optional<String> commitFor(ModelRef.Hub repo) {
    if (repo.revisionIsCommit()) {
      return Files.isDirectory(snapshotDir(repo, repo.revision())) ? Optional.of(repo.revision()) : Optional.empty();
    }
    Path ref = refFile(repo);
    if (!Files.isRegularFile(ref)) {
      return Optional.empty();
    }
    try {
      String commit = Files.readString(ref, StandardCharsets.UTF_8).strip();
      return ETAG.matcher(commit).matches() ? Optional.of(commit) : Optional.empty();
    } catch (IOException e) {
      throw ioError(ref, e);
    }
  }

  /// Records that the revision points at `commit` (no ref is written for a commit-hash revision).
  public void writeRef(ModelRef.Hub repo, String commit) {
    checkEtag(commit);
    if (repo.revisionIsCommit() || commitFor(repo).filter(commit::equals).isPresent()) {
      return;
    }
    Path ref = refFile(repo);
    try {
      Files.createDirectories(ref.getParent());
      Path tmp = Files.createTempFile(ref.getParent(), ".ref", ".tmp");
      Files.writeString(tmp, commit, StandardCharsets.UTF_8);
      moveAtomically(tmp, ref);
    } catch (IOException e) {
      throw ioError(ref, e);
    }
  }

  /// The file of `name` in the commit's snapshot, if it is there and readable (a broken link is not).
  public Optional<Path> snapshotFile(ModelRef.Hub repo, String commit, String name) {
    Path p = snapshotDir(repo, commit).resolve(checkFileName(name));
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /// Puts `name` into the commit's snapshot as a relative symlink to its blob, or as a copy of the
  /// blob where the file system refuses links (e.g. Windows without developer mode). The entry is
  /// made under a temporary name and renamed into place, so concurrent runs never see half of it.
  public Path link(ModelRef.Hub repo, String commit, String name, String etag) {
    Path target = snapshotDir(repo, commit).resolve(checkFileName(name));
    Path blob = blob(repo, etag);
    Path relative = target.getParent().relativize(blob);
    try {
      Files.createDirectories(target.getParent());
      Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
      try {
        Files.createSymbolicLink(tmp, relative);
      } catch (UnsupportedOperationException | FileSystemException e) {
        LOG.info("Symlinks not possible in {} ({}); copying the blob instead", target.getParent(), e.toString());
        Files.copy(blob, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      moveAtomically(tmp, target);
      return target;
    } catch (IOException e) {
      throw ioError(target, e);
    }
  }

  /// Leaves the empty `.no_exist/<commit>/<name>` marker: the hub said the file does not exist.
  public void markMissing(ModelRef.Hub repo, String commit, String name) {
    Path marker = noExistMarker(repo, commit, name);
    try {
      Files.createDirectories(marker.getParent());
      if (!Files.exists(marker)) {
        Files.createFile(marker);
      }
    } catch (IOException e) {
      throw ioError(marker, e);
    }
  }

  /// Whether the hub said earlier that `name` does not exist at `commit`.
  public boolean isMarkedMissing(ModelRef.Hub repo, String commit, String name) {
    return Files.exists(noExistMarker(repo, commit, name));
  }

  /// Moves `from` onto `to`, atomically where the file system can.
  static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /// Rejects an etag or commit that is not safe as a file name (a hostile server must not escape the cache).
  static String checkEtag(String etag) {
    if (etag == null || !ETAG.matcher(etag).matches()) {
      throw new HubException(Reason.PROTOCOL, "The hub sent an unusable file id '" + etag
          + "': check HF_ENDPOINT points at a Hugging Face hub or mirror");
    }
    return etag;
  }

  /// Rejects a repo file name with empty, `.` or `..` segments, or unusual characters.
  static String checkFileName(String name) {
    for (String seg : name.split("/", -1)) {
      if (!SEGMENT.matcher(seg).matches() || seg.equals("..") || seg.endsWith(".") && seg.length() <= 2) {
        throw new HubException(Reason.PROTOCOL, "Unusable file name '" + name
            + "' in the model repo: relwb downloads only plain relative file names");
      }
    }
    return name;
  }

  private Path refFile(ModelRef.Hub repo) {
    return repoDir(repo).resolve("refs").resolve(repo.revision());
  }

  private Path noExistMarker(ModelRef.Hub repo, String commit, String name) {
    return repoDir(repo).resolve(".no_exist").resolve(checkEtag(commit)).resolve(checkFileName(name));
  }

  static HubException ioError(Path path, IOException e) {
    return new HubException(Reason.CACHE_IO, "Cannot read or write " + path + " in the Hugging Face cache ("
        + e.getMessage() + "): check the folder's permissions and free space, or set HF_HUB_CACHE", e);
  }
}
