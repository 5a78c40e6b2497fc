package dev.relwb.ui.corpus;

/// How the *Connect to a cluster* form authenticates: the choices of its auth picker.
public enum AuthChoice {
  /// No authentication.
  NONE("None", "none"),
  /// Basic auth: a user and a password.
  BASIC("Basic (user + password)", "basic"),
  /// An API key.
  API_KEY("API key", "apikey");

  private final String shown;
  private final String kind;

  AuthChoice(String shown, String kind) {
    this.shown = shown;
    this.kind = kind;
  }

  /// The `ClusterAuth` kind: `none`, `basic` or `apikey`.
  public String kind() {
    return kind;
  }

  /// Whether a password or key is typed in.
  public boolean needsSecret() {
    return this != NONE;
  }

  @Override
  public String toString() {
    return shown;
  }
}
