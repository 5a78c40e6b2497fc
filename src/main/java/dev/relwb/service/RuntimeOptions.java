package dev.relwb.service;

/// How to run the cross-encoder: device (`auto`, `cpu`, `gpu`), inference threads (0 = all cores),
/// max sequence length and the batch token budget.
public record RuntimeOptions(String device, int threads, int maxLength, int batchTokens) {
  /// The defaults: auto device, all cores, 512 tokens, 2048-token batches.
  public static RuntimeOptions defaults() {
    return new RuntimeOptions("auto", 0, 512, 2048);
  }
}
