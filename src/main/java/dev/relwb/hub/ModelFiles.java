package dev.relwb.hub;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.Json;
import dev.relwb.hub.HubException.Reason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/// Which files of a model repo relwb downloads, and which of them it cannot do without.
///
/// - Required: `config.json` (architecture, ordered `languages`), `tokenizer.json` (the tokenizer
///   is built from it alone), and the weights: `model.safetensors`, or else
///   `model.safetensors.index.json` plus every shard its `weight_map` names.
/// - Optional: `tokenizer_config.json` and `special_tokens_map.json`. They only refine the tokenizer
///   (max length, special-token spellings that `tokenizer.json` already holds); a repo without them
///   still works, so a 404 is recorded as a `.no_exist` marker and does not fail the download.
public final class ModelFiles {
  /// The model configuration.
  public static final String CONFIG = "config.json";
  /// The tokenizer definition.
  public static final String TOKENIZER = "tokenizer.json";
  /// Single-file weights.
  public static final String WEIGHTS = "model.safetensors";
  /// The index of sharded weights.
  public static final String WEIGHTS_INDEX = "model.safetensors.index.json";
  /// Files that must exist besides the weights.
  public static final List<String> REQUIRED = List.of(CONFIG, TOKENIZER);
  /// Files fetched when present; their absence is fine.
  public static final List<String> OPTIONAL = List.of("tokenizer_config.json", "special_tokens_map.json");

  private ModelFiles() { }

  /// The distinct shard file names listed in a `model.safetensors.index.json`, sorted.
  public static List<String> shardsOf(Path indexFile) {
    JsonNode map;
    try {
      map = Json.mapper().readTree(indexFile.toFile()).path("weight_map");
    } catch (IOException e) {
      throw new HubException(Reason.INTEGRITY, "Cannot read the weights index " + indexFile + " (" + e.getMessage()
          + "): delete it from the cache and download the model again", e);
    }
    TreeSet<String> shards = new TreeSet<>();
    map.forEach(v -> shards.add(HubCache.checkFileName(v.asText())));
    if (shards.isEmpty()) {
      throw new HubException(Reason.INTEGRITY, "The weights index " + indexFile
          + " lists no shard in its weight_map: the model repo is broken or not a safetensors model");
    }
    return List.copyOf(shards);
  }
}
