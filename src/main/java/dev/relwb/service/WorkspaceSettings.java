package dev.relwb.service;

import java.util.List;

/// A workspace's settings, stored as `workspace.json`: its name, when it was created, the
/// default language of queries and documents (`auto` = detect), BM25 k1/b, the passage settings
/// and the sources indexed into it.
public record WorkspaceSettings(String name, String created, String language, double k1, double b,
    int passageWords, double passageOverlap, List<String> sources) {

  /// Copies the source list; fills defaults for missing values.
  public WorkspaceSettings {
    language = language == null || language.isBlank() ? "auto" : language;
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /// The settings of a new workspace.
  public static WorkspaceSettings create(String name) {
    return new WorkspaceSettings(name, java.time.Instant.now().toString(), "auto", 1.2, 0.75, 200, 0.5, List.of());
  }

  /// These settings with one more source recorded (no duplicates).
  public WorkspaceSettings withSource(String source) {
    if (sources.contains(source)) {
      return this;
    }
    List<String> s = new java.util.ArrayList<>(sources);
    s.add(source);
    return new WorkspaceSettings(name, created, language, k1, b, passageWords, passageOverlap, s);
  }

  /// These settings with other BM25 parameters.
  public WorkspaceSettings withBm25(double newK1, double newB) {
    return new WorkspaceSettings(name, created, language, newK1, newB, passageWords, passageOverlap, sources);
  }
}
