package dev.relwb.service;

/// How to run the cross-encoder: device (`auto`, `cpu`, `gpu`), inference threads (0 = all cores),
/// max sequence length and batch token budget (0 = the defaults), and the precision of the encoder's
/// large products (`fp32`, `fp16`, `bf16`, or `auto`: bf16 where it measures faster, else fp32).
public record RuntimeOptions(String device, int threads, int maxLength, int batchTokens, String precision) {
  /// A missing precision is fp32.
  public RuntimeOptions {
    precision = precision == null || precision.isBlank() ? "fp32" : precision;
  }

  /// The defaults: auto device, all cores, 512 tokens, 2048-token batches, fp32.
  public static RuntimeOptions defaults() {
    return new RuntimeOptions("auto", 0, 512, 2048, "fp32");
  }

  /// `device` with `threads` threads and every other option at its default.
  public static RuntimeOptions on(String device, int threads) {
    return new RuntimeOptions(device, threads, 0, 0, "fp32");
  }

  /// These options with another precision.
  public RuntimeOptions withPrecision(String p) {
    return new RuntimeOptions(device, threads, maxLength, batchTokens, p);
  }
}
