package dev.relwb.ui.team;

import java.util.List;

/// How *Save snapshot* ranks, taken from the rest of the window when it is pressed: the Search tab's
/// first-stage template, its rerank depth (0 when no model is loaded), its adapter languages as on screen,
/// and the saved BM25 parameters.
///
/// @param template the first stage's query template (null = default, or a local index)
/// @param depth    how deep the loaded reranker rescores (0 = no reranked list)
/// @param adapters the adapter languages of the reranked lists (e.g. `auto` and the A/B `fr_XX`)
/// @param k1       BM25 k1 (null = the workspace's)
/// @param b        BM25 b (null = the workspace's)
public record SnapshotSetup(String template, int depth, List<String> adapters, Double k1, Double b) {
  /// Copies the adapter list.
  public SnapshotSetup {
    adapters = adapters == null ? List.of() : List.copyOf(adapters);
  }

  /// BM25 only, with the workspace's parameters.
  public static final SnapshotSetup BM25 = new SnapshotSetup(null, 0, List.of(), null, null);
}
