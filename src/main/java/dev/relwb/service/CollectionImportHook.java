package dev.relwb.service;

import java.nio.file.Path;
import java.util.Map;

/// Called after an index run that brought topics or qrels (a BEIR, MS MARCO or TREC import), so the
/// composition root can store them in the workspace's judgments database.
@FunctionalInterface
public interface CollectionImportHook {
  /// A hook that does nothing (the files `topics.tsv` and `qrels.txt` are still written).
  CollectionImportHook NONE = (workspace, topics, qrels) -> { };

  /// `topics` maps topic id to text; `qrelsFile` is the TREC qrels written for the import, or null.
  void imported(String workspace, Map<String, String> topics, Path qrelsFile);
}
