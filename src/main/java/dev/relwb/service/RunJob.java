package dev.relwb.service;

import java.nio.file.Path;

/// A batch run: every topic of `topics` (BEIR `queries.jsonl`, TREC topics, or `qid<TAB>text`; null =
/// the workspace's own topics) searched in `workspace` as a bag of words, top `k` documents each,
/// written to `out` as a TREC run named `tag` with its metadata beside it (`out.json`). `language` is a
/// code, `auto` (detect per topic) or null (each topic's own, else the workspace default). With `rerank`
/// set, the top `rerank.depth()` are rescored by the cross-encoder `rerank.model()`. In a workspace
/// connected to a cluster, `template` names the query template (null = its default).
public record RunJob(String workspace, Path topics, String language, int k, Path out, String tag, Double k1,
    Double b, RerankSpec rerank, String template) {

  /// Which model reranks how deep, in which precision (`fp32`, `fp16`, `bf16` or `auto`; null = fp32), and
  /// how many passages of each document it scores under MaxP (≤ 0 = the default).
  public record RerankSpec(String model, int depth, String precision, int perDocument) { }
}
