package dev.relwb.rerank.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.nio.file.Path;

/// The sizes of an encoder (X-MOD, XLM-R/RoBERTa, BERT) that decide its compute cost, for FLOP counts
/// in benchmarks.
///
/// @param hidden       hidden size
/// @param layers       encoder layers
/// @param intermediate feed-forward size
/// @param adapter      adapter bottleneck size (hidden / adapter_reduction_factor; 0 without adapters)
public record ModelShape(int hidden, int layers, int intermediate, int adapter) {
  /// xmod-base (and mono-XM): 768 hidden, 12 layers, 3072 feed-forward, adapter 384.
  public static final ModelShape XMOD_BASE = new ModelShape(768, 12, 3072, 384);

  /// Reads the sizes from a model's `config.json`; only X-MOD (`model_type` "xmod", or none given) has
  /// adapters.
  public static ModelShape read(Path configJson) {
    try {
      JsonNode c = Json.mapper().readTree(configJson.toFile());
      int hidden = c.path("hidden_size").asInt(0);
      double reduction = c.path("adapter_reduction_factor").asDouble(2);
      boolean adapters = "xmod".equalsIgnoreCase(c.path("model_type").asText("xmod"));
      return new ModelShape(hidden, c.path("num_hidden_layers").asInt(0), c.path("intermediate_size").asInt(0),
          adapters ? (int) (hidden / reduction) : 0);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read " + configJson + ": " + e.getMessage(), e);
    }
  }

  /// Matmul FLOPs of one forward over a row of `tokens` tokens (projections, attention, feed-forward,
  /// adapter; 2 FLOPs per multiply-add; embeddings, norms and the head are negligible).
  public double flops(long tokens) {
    double perToken = 2.0 * (4.0 * hidden * hidden + 2.0 * hidden * intermediate + 2.0 * hidden * adapter);
    double attention = 4.0 * tokens * hidden;
    return layers * tokens * (perToken + attention);
  }
}
