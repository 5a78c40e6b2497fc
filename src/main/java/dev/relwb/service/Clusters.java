package dev.relwb.service;

import dev.relwb.cluster.ClusterConfig;
import dev.relwb.cluster.ClusterStatus;
import dev.relwb.cluster.QueryTemplate;
import java.util.List;
import java.util.Optional;

/// Workspaces whose first stage is a search cluster, as the Corpus tab and the CLI use them: test a
/// connection (fields for the pickers), connect a workspace, give a secret for the session, and keep the
/// named query templates. Implemented by [ClusterService]; a port so ViewModel tests can stand in.
public interface Clusters {
  /// Asks the cluster of `config` for its version, document count and fields, and checks the field names;
  /// `secret` is the password or API key (null: from the environment variable the auth names).
  @Blocking
  ClusterStatus test(ClusterConfig config, String secret);

  /// Creates workspace `name` over the cluster of `config` after a successful test (its fields must be
  /// usable); `secret` is kept in memory for this session only.
  @Blocking
  WorkspaceInfo connect(String name, ClusterConfig config, String secret);

  /// Uses `secret` (password or API key) for `workspace` until the app closes; never stored.
  void useSecret(String workspace, String secret);

  /// The cluster connection of `workspace`, or empty for a local index.
  Optional<ClusterConfig> config(String workspace);

  /// The query templates of `workspace` (the default first); empty for a local index.
  List<QueryTemplate> templates(String workspace);

  /// Adds `template` to `workspace`, or replaces the one of the same name (after checking it parses).
  void saveTemplate(String workspace, QueryTemplate template);

  /// Removes template `name` from `workspace` (not the last one).
  void deleteTemplate(String workspace, String name);
}
