package dev.relwb.service;

import java.util.List;
import java.util.Map;

/// A workspace as listed: its name, folder and settings, how many documents and passages its index
/// holds (0 before the first indexing), the documents per language and the skipped files of the last
/// ingest report ("path: reason"), and how many topics its judgments database holds.
public record WorkspaceInfo(String name, String folder, WorkspaceSettings settings, long documents, long passages,
    Map<String, Long> languages, int topics, List<String> skipped) {
  /// Copies the collections.
  public WorkspaceInfo {
    languages = Map.copyOf(languages);
    skipped = List.copyOf(skipped);
  }
}
