package dev.relwb.hub;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/// What the hub says about one file at a revision, from the headers of its `resolve` answer
/// (`X-Repo-Commit`, `X-Linked-Etag` or `ETag`, `X-Linked-Size` or `Content-Length`, `Location`).
///
/// `etag` is normalised (no quotes, no `W/`): the sha256 of an LFS file, or the git blob sha1 of a
/// small file kept in git. `size` is -1 when the hub did not say. `downloadUri` is where the bytes
/// are (the CDN for LFS files).
public record FileMetadata(String file, String commit, String etag, long size, boolean lfs, URI downloadUri) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern SHA1 = Pattern.compile("[0-9a-f]{40}");

  /// Checks that the commit and etag are safe as file names.
  public FileMetadata {
    HubCache.checkEtag(commit);
    HubCache.checkEtag(etag);
  }

  /// How the content can be verified against the etag.
  public Check check() {
    if (SHA256.matcher(etag).matches()) {
      return Check.SHA256;
    }
    return !lfs && SHA1.matcher(etag).matches() ? Check.GIT_SHA1 : Check.SIZE_ONLY;
  }

  /// Strips the weak marker and quotes from an `ETag` header value, lower-casing hex.
  static String normalizeEtag(String raw) {
    String e = raw.strip();
    if (e.startsWith("W/")) {
      e = e.substring(2);
    }
    if (e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"")) {
      e = e.substring(1, e.length() - 1);
    }
    return e.matches("[0-9A-Fa-f]+") ? e.toLowerCase(Locale.ROOT) : e;
  }

  /// The verification a file gets.
  public enum Check {
    /// LFS files: sha256 of the content equals the etag.
    SHA256,
    /// Small git files: sha1 of `blob <size>\0<content>` equals the etag.
    GIT_SHA1,
    /// An etag of neither form (some mirrors): only the size is checked.
    SIZE_ONLY
  }
}
