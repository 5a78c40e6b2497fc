package dev.relwb.service;

/// The ports the workbench window is built on, each implemented by one of the services the CLI uses
/// too, and the settings store. The composition root hands them to the UI.
public record WorkbenchPorts(Corpora corpora, Clusters clusters, Retrieval retrieval, Reranking reranking,
    Judging judging, Evaluating evaluating, QuerySets querySets, Snapshots snapshots, SettingsStore settings) {

  /// The ports of `services`.
  public static WorkbenchPorts of(Services services) {
    return new WorkbenchPorts(services.indexService(), services.clusterService(), services.searchService(),
        services.rerank(),
        services.judgments(), services.evaluation(), services.querySets(), services.snapshots(),
        new SettingsStore(services.dirs().config()));
  }

  /// Ports for a window whose services could not start: every blocking call fails with a short message,
  /// there is no workspace and no model (BM25-only mode); the settings still load and save.
  public static WorkbenchPorts unavailable(Services services) {
    Unavailable u = new Unavailable();
    return new WorkbenchPorts(u, u, u, u, u, u, u, u, new SettingsStore(services.dirs().config()));
  }
}
