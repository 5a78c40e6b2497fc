package dev.relwb.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/// Builds a hub cache the way Python's `huggingface_hub` lays it out, written independently of
/// `HubCache`: `blobs/<sha256 or git sha1>`, `snapshots/<commit>/<file>` symlinks to
/// `../../blobs/<etag>`, and `refs/main` holding the commit without a newline.
public final class PythonCacheFixture {
  private PythonCacheFixture() { }

  /// Writes `files` of `repoId` at `commit` under `cacheRoot`; returns the snapshot folder.
  public static Path build(Path cacheRoot, String repoId, String commit, Map<String, byte[]> files)
      throws IOException {
    Path repoDir = cacheRoot.resolve("models--" + repoId.replace("/", "--"));
    Path blobs = Files.createDirectories(repoDir.resolve("blobs"));
    Path snap = Files.createDirectories(repoDir.resolve("snapshots").resolve(commit));
    for (var e : files.entrySet()) {
      String etag = FakeHub.isLfs(e.getKey()) ? FakeHub.sha256(e.getValue()) : FakeHub.gitSha1(e.getValue());
      Files.write(blobs.resolve(etag), e.getValue());
      Files.createSymbolicLink(snap.resolve(e.getKey()), Path.of("..", "..", "blobs", etag));
    }
    Files.createDirectories(repoDir.resolve("refs"));
    Files.writeString(repoDir.resolve("refs/main"), commit, StandardCharsets.UTF_8);
    return snap;
  }
}
