package dev.relwb.service;

import dev.relwb.cluster.ClusterConfig;
import dev.relwb.cluster.ClusterException;
import dev.relwb.cluster.ClusterSearcher;
import dev.relwb.cluster.ClusterSearchers;
import dev.relwb.cluster.ClusterStatus;
import dev.relwb.cluster.QueryTemplate;
import dev.relwb.core.WorkbenchException;
import dev.relwb.ingest.PassageSplitter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/// Cluster workspaces: connection tests, connecting, session secrets, query templates, and the cluster
/// searchers of the search service (one per workspace and template, rebuilt when the settings change).
/// Secrets live in memory only: typed in for the session, or read from the environment variable the
/// workspace's auth names.
public final class ClusterService implements Clusters {
  private final WorkspaceService workspaces;
  private final IndexRegistry indexes;
  private final Map<String, String> secrets = new ConcurrentHashMap<>();
  private final Map<String, ClusterSearcher> open = new ConcurrentHashMap<>();

  ClusterService(WorkspaceService workspaces, IndexRegistry indexes) {
    this.workspaces = workspaces;
    this.indexes = indexes;
  }

  @Override
  public ClusterStatus test(ClusterConfig config, String secret) {
    return ClusterSearchers.open(config, null, secretFor(config, secret), null, PassageSplitter.defaults()).probe();
  }

  @Override
  public WorkspaceInfo connect(String name, ClusterConfig config, String secret) {
    if (workspaces.exists(name)) {
      throw new WorkbenchException("The workspace '" + name + "' already exists: pick another name, or delete it");
    }
    ClusterStatus status = test(config, secret);
    if (!status.ok()) {
      throw new ClusterException("Cannot connect workspace '" + name + "' to " + config.where() + ": "
          + String.join("; ", status.problems()));
    }
    workspaces.save(WorkspaceSettings.create(name).withCluster(config));
    if (secret != null && !secret.isEmpty()) {
      secrets.put(name, secret);
    }
    return workspaces.info(name);
  }

  @Override
  public void useSecret(String workspace, String secret) {
    if (secret == null || secret.isEmpty()) {
      secrets.remove(workspace);
    } else {
      secrets.put(workspace, secret);
    }
    open.keySet().removeIf(k -> k.startsWith(workspace + "\u0000"));
  }

  @Override
  public Optional<ClusterConfig> config(String workspace) {
    return Optional.ofNullable(workspaces.settings(workspace).cluster());
  }

  @Override
  public List<QueryTemplate> templates(String workspace) {
    return config(workspace).map(ClusterConfig::templates).orElse(List.of());
  }

  @Override
  public void saveTemplate(String workspace, QueryTemplate template) {
    WorkspaceSettings s = workspaces.settings(workspace);
    workspaces.save(s.withCluster(required(workspace, s).withTemplate(template)));
  }

  @Override
  public void deleteTemplate(String workspace, String name) {
    WorkspaceSettings s = workspaces.settings(workspace);
    workspaces.save(s.withCluster(required(workspace, s).withoutTemplate(name)));
  }

  private static ClusterConfig required(String workspace, WorkspaceSettings s) {
    if (s.cluster() == null) {
      throw new WorkbenchException("Workspace '" + workspace + "' searches its local index: query templates belong"
          + " to workspaces connected to a cluster");
    }
    return s.cluster();
  }

  /// The searcher of cluster workspace `workspace` (settings `s`) for template `template` (null = default).
  ClusterSearcher searcher(String workspace, WorkspaceSettings s, String template) {
    ClusterConfig config = s.cluster();
    String name = config.template(template).name();
    String key = workspace + "\u0000" + name + "\u0000" + s.passageWords() + "/" + s.passageOverlap();
    PassageSplitter splitter = new PassageSplitter(s.passageWords(), s.passageOverlap());
    ClusterSearcher cached = open.get(key);
    if (cached != null && cached.config().equals(config)) {
      return cached;
    }
    ClusterSearcher fresh = ClusterSearchers.open(config, name, secretFor(config, secrets.get(workspace)),
        indexes.detector(), splitter);
    open.put(key, fresh);
    return fresh;
  }

  private static String secretFor(ClusterConfig config, String given) {
    if (!config.auth().needsSecret()) {
      return null;
    }
    return given != null && !given.isEmpty() ? given : config.auth().secretFromEnvironment();
  }
}
