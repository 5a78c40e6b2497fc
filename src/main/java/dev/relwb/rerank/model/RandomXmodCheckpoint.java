package dev.relwb.rerank.model;

import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.runtime.ExpectedWeights;
import dev.relwb.rerank.runtime.SafetensorsWriter.Entry;
import dev.relwb.rerank.runtime.SafetensorsWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/// Writes a random but well-behaved checkpoint of any config and family (X-MOD, XLM-R/RoBERTa, BERT,
/// with that family's real key names from `XmodWeights.expected`): `config.json` and
/// `model.safetensors` (F32, keys sorted by name, `__metadata__ {"format":"pt"}`), streamed so a
/// full-size xmod-base shape (≈1.1 GB with two languages) never sits in memory. Matrices and
/// embeddings are uniform with std 0.02, LayerNorm weights 1 + small noise, biases small noise.
/// Used by tests and benchmarks; the values are deterministic for a seed.
public final class RandomXmodCheckpoint {
  private RandomXmodCheckpoint() { }

  /// Writes `dir/config.json` and `dir/model.safetensors` for `config`.
  public static void write(Path dir, XmodConfig config, long seed) {
    config.validate(dir.resolve(XmodConfig.FILE).toString());
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(XmodConfig.FILE),
          Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(config.toJson()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot write " + dir.resolve(XmodConfig.FILE) + ": " + e.getMessage(), e);
    }
    ExpectedWeights w = XmodWeights.expected(config);
    Map<String, long[]> all = new TreeMap<>(w.shared());
    w.groups().values().forEach(all::putAll);
    List<Entry> entries = new ArrayList<>();
    long s = seed;
    for (Map.Entry<String, long[]> e : all.entrySet()) {
      s = s * 6364136223846793005L + 1442695040888963407L;
      entries.add(entry(e.getKey(), e.getValue(), s));
    }
    SafetensorsWriter.write(dir.resolve("model.safetensors"), entries, Map.of("format", "pt"));
  }

  /// Like `write`, and copies the tokenizer files found in `tokenizerDir` (`tokenizer.json`,
  /// `tokenizer_config.json`, `special_tokens_map.json`); their ids must be below the vocab size.
  public static void write(Path dir, XmodConfig config, long seed, Path tokenizerDir) {
    write(dir, config, seed);
    for (String f : List.of("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json")) {
      Path src = tokenizerDir.resolve(f);
      if (Files.isRegularFile(src)) {
        try {
          Files.copy(src, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
          throw new WorkbenchException("Cannot copy " + src + " to " + dir + ": " + e.getMessage(), e);
        }
      }
    }
  }

  /// `config` with other sizes (layers, hidden, heads, feed-forward) and everything else kept, e.g. a
  /// tiny version of a full-size shape for tests.
  public static XmodConfig resized(XmodConfig c, int layers, int hidden, int heads, int intermediate) {
    return new XmodConfig(c.modelType(), c.architectures(), c.vocabSize(), hidden, layers, heads, intermediate,
        c.hiddenAct(), c.hiddenDropoutProb(), c.attentionProbsDropoutProb(), c.classifierDropout(),
        c.initializerRange(), c.maxPositionEmbeddings(), c.typeVocabSize(), c.layerNormEps(), c.padTokenId(),
        c.bosTokenId(), c.eosTokenId(), c.positionEmbeddingType(), c.preNorm(), c.adapterReductionFactor(),
        c.adapterLayerNorm(), c.adapterReuseLayerNorm(), c.lnBeforeAdapter(), c.languages(), c.defaultLanguage(),
        c.numLabels(), c.useCache(), c.torchDtype(), c.family(), c.activation());
  }

  private static Entry entry(String key, long[] shape, long seed) {
    boolean norm = key.contains("LayerNorm") || key.contains("layer_norm");
    if (norm && key.endsWith(".weight")) {
      return Entry.random(key, shape, seed, 1f, 0.05f);
    }
    if (key.endsWith(".bias")) {
      return Entry.random(key, shape, seed, 0f, 0.02f);
    }
    return Entry.random(key, shape, seed, 0f, 0.02f);
  }
}
