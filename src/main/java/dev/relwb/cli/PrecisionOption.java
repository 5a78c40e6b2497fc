package dev.relwb.cli;

import picocli.CommandLine.Option;

/// `--precision fp32|fp16|bf16|auto`: how the cross-encoder's large products run. A picocli mixin of
/// `score`, `run` and `bench rerank`.
final class PrecisionOption {
  @Option(names = "--precision", paramLabel = "P", defaultValue = "fp32",
      description = {"fp32 (exact), bf16 or fp16 (16-bit inputs to the large products: fast on CPUs with AMX),",
          "or auto (bf16 where it measures faster, else fp32). Default: ${DEFAULT-VALUE}."})
  private String precision;

  /// The precision as given.
  String value() {
    return precision;
  }
}
