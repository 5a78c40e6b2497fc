package dev.relwb.judge;

import dev.relwb.core.QueryId;

/// A topic (query) of a workspace: id, query text, language code (may be null) and where it came
/// from (e.g. `typed`, `qrels import`, `BEIR queries.jsonl`).
public record Topic(QueryId id, String text, String language, String source) { }
