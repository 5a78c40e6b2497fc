/// The Lucene index: field names (`Fields`), per-language analyzers (`AnalyzerFactory`, one
/// `body_<lang>` field per analyzer), the `Indexer` (passages, incremental re-index, periodic
/// commits) and the `IndexHandle` that owns Directory, IndexWriter and SearcherManager.
/// Depends on `core`, `ingest` and Lucene.
package dev.relwb.index;
