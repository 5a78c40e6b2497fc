package dev.relwb.service;

import java.nio.file.Path;

/// A `--model` value resolved to a local model folder.
///
/// @param folder the folder holding `config.json`, the tokenizer and the weights
/// @param repo   the hub repo (`org/name`) when the folder is a hub-cache snapshot, else null
/// @param commit the snapshot's commit when the folder is a hub-cache snapshot, else null
public record ResolvedModel(Path folder, String repo, String commit) {
  /// The model identity for the score cache: `repo@commit` for a hub snapshot, else null (the model
  /// code then fingerprints the weights, `sha256:…`).
  public String identity() {
    return repo != null && commit != null ? repo + "@" + commit : null;
  }

  /// Whether the folder is a snapshot of the Hugging Face cache.
  public boolean fromHub() {
    return identity() != null;
  }
}
