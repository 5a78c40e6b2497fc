package dev.relwb.service;

import java.nio.file.Path;
import java.util.List;

/// What `relwb model info` shows about a model: where it came from (hub repo, revision, commit; all
/// null for a plain local folder), the folder it is read from, the hub cache root when it lives in
/// one, its files with sizes, and what its `config.json` says (architecture, model type, layers,
/// hidden size, and the ordered adapter `languages`, empty when the model has none), plus the
/// cross-encoder `family` it names (`X-MOD`, `XLM-R`, `RoBERTa`, `BERT`, or the raw `model_type` when
/// unsupported) and the longest input it takes in tokens (`maxLength`, 0 when unknown).
public record ModelInfo(String repo, String revision, String commit, Path folder, Path cacheRoot,
    List<FileEntry> files, String architecture, String modelType, int layers, int hiddenSize,
    List<String> languages, String family, int maxLength) {

  /// Copies the lists.
  public ModelInfo {
    files = List.copyOf(files);
    languages = List.copyOf(languages);
  }

  /// One file of the model folder, by its relative name, and its size in bytes.
  public record FileEntry(String name, long size) { }

  /// The sum of all file sizes.
  public long totalBytes() {
    return files.stream().mapToLong(FileEntry::size).sum();
  }

  /// Whether the model came from the hub (as opposed to a plain local folder).
  public boolean fromHub() {
    return repo != null;
  }
}
