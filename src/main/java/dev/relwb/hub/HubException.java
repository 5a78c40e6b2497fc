package dev.relwb.hub;

import dev.relwb.core.WorkbenchException;

/// A hub download or cache lookup that failed, with the reason callers (and tests) can tell apart.
/// The message says what to do (log in, accept the licence, check the name, free disk space, ...).
public final class HubException extends WorkbenchException {
  private static final long serialVersionUID = 1L;

  /// Why the hub operation failed.
  public enum Reason {
    /// 401: no token, or the token was refused (also: the repo does not exist, as the hub hides it).
    UNAUTHORIZED,
    /// 403: gated repo whose licence the token's account has not accepted, or no permission.
    FORBIDDEN,
    /// 404: repo, revision or file not found.
    NOT_FOUND,
    /// A downloaded file does not match the hub's hash or size; it was deleted.
    INTEGRITY,
    /// Offline mode (or no network) and the file is not in the cache.
    NOT_CACHED,
    /// The connection failed or broke off; the partial file is kept for the next run.
    NETWORK,
    /// The hub answered with an unexpected status or headers.
    PROTOCOL,
    /// Not enough free disk space for the download.
    DISK_SPACE,
    /// The cache folder could not be read or written.
    CACHE_IO
  }

  private final Reason reason;

  /// A failure with a user-facing message.
  public HubException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /// A failure with a user-facing message and its low-level cause.
  public HubException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /// Why it failed.
  public Reason reason() {
    return reason;
  }
}
