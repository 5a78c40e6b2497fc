package dev.relwb.core;

/// What produced a saved or exported run, so a result can be traced back to its settings.
///
/// `system` is `BM25` or `BM25+mono-XM`; the model fields are null for plain BM25. `created` is an
/// ISO-8601 instant. `precision` is how the cross-encoder's large products ran (`fp32`, `fp16`, `bf16`;
/// null for plain BM25 and older runs). Every field except `system` may be null when unknown.
public record RunMetadata(
    String system,
    String modelRepo,
    String modelRevision,
    String weightsSha256,
    String adapterLanguage,
    Integer maxLength,
    Integer rerankDepth,
    Double bm25K1,
    Double bm25B,
    String created,
    String precision) {

  /// Plain BM25 with its parameters.
  public static RunMetadata bm25(double k1, double b, String created) {
    return new RunMetadata("BM25", null, null, null, null, null, null, k1, b, created, null);
  }
}
