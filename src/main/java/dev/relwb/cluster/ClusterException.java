package dev.relwb.cluster;

import dev.relwb.core.WorkbenchException;

/// A cluster failed or refused a request: down, wrong URL, credentials, a missing index or field, a
/// rejected template (with the cluster's own reason) or a timeout. The message is one line that names
/// the cluster and says what to do; the cause is kept for the log.
public class ClusterException extends WorkbenchException {
  private static final long serialVersionUID = 1L;
  private final int status;

  /// A failure with the HTTP status the cluster answered (0 when none came back).
  public ClusterException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /// A failure without an HTTP answer or cause (e.g. a field missing from the mapping).
  public ClusterException(String message) {
    this(message, 0, null);
  }

  /// The HTTP status the cluster answered, or 0 when it did not answer (down, timeout, TLS).
  public int status() {
    return status;
  }
}
