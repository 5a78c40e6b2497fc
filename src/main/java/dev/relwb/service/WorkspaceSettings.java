package dev.relwb.service;

import dev.relwb.cluster.ClusterConfig;
import java.util.List;

/// A workspace's settings, stored as `workspace.json`: its name, when it was created, the
/// default language of queries and documents (`auto` = detect), BM25 k1/b, the passage settings
/// and the sources indexed into it; for a workspace whose first stage is a search cluster, its
/// connection (`cluster`, null for a local index; never holding a secret).
public record WorkspaceSettings(String name, String created, String language, double k1, double b,
    int passageWords, double passageOverlap, List<String> sources, ClusterConfig cluster) {

  /// Copies the source list; fills defaults for missing values.
  public WorkspaceSettings {
    language = language == null || language.isBlank() ? "auto" : language;
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /// The settings of a new workspace over a local index.
  public static WorkspaceSettings create(String name) {
    return new WorkspaceSettings(name, java.time.Instant.now().toString(), "auto", 1.2, 0.75, 200, 0.5, List.of(),
        null);
  }

  /// Whether the first stage is a search cluster rather than the local index.
  public boolean hasCluster() {
    return cluster != null;
  }

  /// These settings with one more source recorded (no duplicates).
  public WorkspaceSettings withSource(String source) {
    if (sources.contains(source)) {
      return this;
    }
    List<String> s = new java.util.ArrayList<>(sources);
    s.add(source);
    return new WorkspaceSettings(name, created, language, k1, b, passageWords, passageOverlap, s, cluster);
  }

  /// These settings with other BM25 parameters.
  public WorkspaceSettings withBm25(double newK1, double newB) {
    return new WorkspaceSettings(name, created, language, newK1, newB, passageWords, passageOverlap, sources, cluster);
  }

  /// These settings with another cluster connection (null = local index).
  public WorkspaceSettings withCluster(ClusterConfig config) {
    return new WorkspaceSettings(name, created, language, k1, b, passageWords, passageOverlap, sources, config);
  }
}
