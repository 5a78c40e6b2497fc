package dev.relwb.service;

/// *Save snapshot*: the rankings of every list for a whole query set, stored as TREC runs with metadata.
///
/// @param workspace the workspace
/// @param querySet  the query set (null = every topic of the workspace)
/// @param name      the snapshot's name (unique in the workspace)
/// @param note      a free-text note, or null
/// @param k         documents kept per query and list
/// @param template  the first stage's query template (cluster workspaces; null = default)
/// @param depth     how deep the loaded reranker rescored (0 = no reranked list; else one list per entry of
///                  `adapters`, or one with `auto` when it is empty)
/// @param adapters  adapter languages of the reranked lists as on screen (e.g. `auto` and the A/B `fr_XX`)
/// @param k1        BM25 k1 (null = the workspace's)
/// @param b         BM25 b (null = the workspace's)
public record SnapshotRequest(String workspace, String querySet, String name, String note, int k, String template,
    int depth, java.util.List<String> adapters, Double k1, Double b) {
  /// Copies the adapter list.
  public SnapshotRequest {
    adapters = adapters == null ? java.util.List.of() : java.util.List.copyOf(adapters);
  }
}
