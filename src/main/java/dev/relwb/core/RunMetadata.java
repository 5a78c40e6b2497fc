package dev.relwb.core;

/// What produced a saved or exported run, so a result can be traced back to its settings.
///
/// `system` is `BM25` or `BM25+mono-XM`; the model fields are null for plain BM25. `created` is an
/// ISO-8601 instant. `precision` is how the cross-encoder's large products ran (`fp32`, `fp16`, `bf16`;
/// null for plain BM25 and older runs). `firstStage` names the search cluster, index and query template
/// the first stage came from (null for the local index; BM25 k1/b are then null, the cluster's own).
/// `modelFamily` is the cross-encoder's family (`X-MOD`, `XLM-R`, `RoBERTa`, `BERT`; null for plain BM25
/// and older runs); `maxLength` the longest input in tokens the model accepts.
/// Every field except `system` may be null when unknown.
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
    String precision,
    FirstStage firstStage,
    String modelFamily) {

  /// Plain BM25 with its parameters.
  public static RunMetadata bm25(double k1, double b, String created) {
    return new RunMetadata("BM25", null, null, null, null, null, null, k1, b, created, null, null, null);
  }

  /// The same metadata with its first stage from `stage` (null = the local index).
  public RunMetadata withFirstStage(FirstStage stage) {
    return new RunMetadata(system, modelRepo, modelRevision, weightsSha256, adapterLanguage, maxLength, rerankDepth,
        stage == null ? bm25K1 : null, stage == null ? bm25B : null, created, precision, stage, modelFamily);
  }
}
