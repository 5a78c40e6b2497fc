package dev.relwb.service.workbench;

import java.util.List;
import java.util.Map;

/// A workspace as the Corpus tab shows it: name, document and passage counts, documents per
/// language, number of topics, and the ingest report's skipped files ("path: reason").
public record WorkspaceInfo(String name, long documents, long passages, Map<String, Long> languages,
    int topics, List<String> skipped) {
  /// Copies the collections.
  public WorkspaceInfo {
    languages = Map.copyOf(languages);
    skipped = List.copyOf(skipped);
  }
}
