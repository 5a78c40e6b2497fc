package dev.relwb.rerank.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// The weights of a Hugging Face model folder: `model.safetensors`, or the shards listed by
/// `model.safetensors.index.json`. Every file is validated and mapped when opened; tensors are
/// looked up by name across shards.
public final class Checkpoint implements AutoCloseable {
  /// File name of a single-file checkpoint.
  public static final String SINGLE = "model.safetensors";
  /// File name of a sharded checkpoint's index.
  public static final String INDEX = "model.safetensors.index.json";

  private final List<SafetensorsFile> files;
  private final Map<String, SafetensorsFile> owner;

  private Checkpoint(List<SafetensorsFile> files, Map<String, SafetensorsFile> owner) {
    this.files = files;
    this.owner = owner;
  }

  /// Opens the checkpoint in `dir` (single file preferred over an index).
  public static Checkpoint open(Path dir) {
    Path single = dir.resolve(SINGLE);
    if (Files.isRegularFile(single)) {
      SafetensorsFile f = SafetensorsFile.open(single);
      Map<String, SafetensorsFile> owner = new LinkedHashMap<>();
      f.tensors().keySet().forEach(k -> owner.put(k, f));
      return new Checkpoint(List.of(f), owner);
    }
    Path index = dir.resolve(INDEX);
    if (Files.isRegularFile(index)) {
      return openSharded(dir, index);
    }
    throw new WorkbenchException("Model folder " + dir + " has neither " + SINGLE + " nor " + INDEX
        + "; point --model at a Hugging Face model folder");
  }

  private static Checkpoint openSharded(Path dir, Path index) {
    Map<String, String> weightMap = readWeightMap(index);
    Map<String, SafetensorsFile> byShard = new LinkedHashMap<>();
    Map<String, SafetensorsFile> owner = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, String> e : weightMap.entrySet()) {
        SafetensorsFile shard = byShard.get(e.getValue());
        if (shard == null) {
          shard = SafetensorsFile.open(dir.resolve(e.getValue()));
          byShard.put(e.getValue(), shard);
        }
        if (!shard.tensors().containsKey(e.getKey())) {
          throw new WorkbenchException("Sharded checkpoint " + index + " maps tensor '" + e.getKey() + "' to "
              + e.getValue() + ", which does not contain it; re-download the model");
        }
        owner.put(e.getKey(), shard);
      }
    } catch (WorkbenchException e) {
      byShard.values().forEach(SafetensorsFile::close);
      throw e;
    }
    return new Checkpoint(List.copyOf(byShard.values()), owner);
  }

  private static Map<String, String> readWeightMap(Path index) {
    JsonNode root;
    try {
      root = Json.mapper().reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION).readTree(Files.readAllBytes(index));
    } catch (JacksonException e) {
      throw new WorkbenchException("Sharded checkpoint index " + index + " is not valid JSON ("
          + e.getOriginalMessage() + ")", e);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read sharded checkpoint index " + index + ": " + e.getMessage(), e);
    }
    JsonNode map = root == null ? null : root.get("weight_map");
    if (map == null || !map.isObject()) {
      throw new WorkbenchException("Sharded checkpoint index " + index + " has no weight_map object");
    }
    Map<String, String> r = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : map.properties()) {
      String shard = e.getValue().isTextual() ? e.getValue().textValue() : "";
      if (shard.isEmpty() || shard.contains("/") || shard.contains("\\") || shard.startsWith(".")) {
        throw new WorkbenchException("Sharded checkpoint index " + index + " names an invalid shard file '"
            + e.getValue() + "' for tensor '" + e.getKey() + "'");
      }
      r.put(e.getKey(), shard);
    }
    return r;
  }

  /// Every tensor entry by name, across all files.
  public Map<String, TensorInfo> tensors() {
    Map<String, TensorInfo> r = new LinkedHashMap<>();
    owner.forEach((k, f) -> r.put(k, f.tensors().get(k)));
    return Collections.unmodifiableMap(r);
  }

  /// The entry for `name`, or null.
  public TensorInfo find(String name) {
    SafetensorsFile f = owner.get(name);
    return f == null ? null : f.tensors().get(name);
  }

  /// Loads `name` as float32 (zero-copy for F32; see `SafetensorsFile`).
  public NDArray loadFloat32(NDManager manager, String name) {
    SafetensorsFile f = owner.get(name);
    if (f == null) {
      throw new WorkbenchException("The checkpoint has no tensor '" + name + "'");
    }
    return f.loadFloat32(manager, name);
  }

  /// The mapped files.
  public List<SafetensorsFile> files() {
    return new ArrayList<>(files);
  }

  /// Unmaps every file.
  @Override
  public void close() {
    files.forEach(SafetensorsFile::close);
  }
}
