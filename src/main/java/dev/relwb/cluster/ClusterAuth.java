package dev.relwb.cluster;

import java.util.Locale;

/// How requests authenticate, without the secret: no auth, basic auth as `user` with the password, or
/// an API key (`Authorization: ApiKey <key>`). The secret is read from the environment variable
/// `secretEnv` or typed into the window for the session; it is never written to settings, run
/// metadata or logs.
///
/// @param kind      `none`, `basic` or `apikey`
/// @param user      the basic-auth user name (null otherwise)
/// @param secretEnv the environment variable holding the password or API key (null: typed in)
public record ClusterAuth(String kind, String user, String secretEnv) {
  /// No authentication.
  public static final ClusterAuth NONE = new ClusterAuth("none", null, null);

  /// Normalises the kind; `none` when missing.
  public ClusterAuth {
    kind = kind == null || kind.isBlank() ? "none" : kind.strip().toLowerCase(Locale.ROOT);
    if (!kind.equals("none") && !kind.equals("basic") && !kind.equals("apikey")) {
      throw new ClusterException("Unknown auth kind '" + kind + "': use none, basic or apikey");
    }
  }

  /// Whether a secret is needed.
  public boolean needsSecret() {
    return !kind.equals("none");
  }

  /// The secret from `secretEnv`, or null when no variable is named or it is unset.
  public String secretFromEnvironment() {
    return secretEnv == null || secretEnv.isBlank() ? null : System.getenv(secretEnv);
  }
}
