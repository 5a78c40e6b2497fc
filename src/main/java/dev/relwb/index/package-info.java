/// The Lucene index: fields, per-language analyzers, the indexer and the index handle
/// that owns Directory, IndexWriter and SearcherManager. Depends on `core`, `ingest` and Lucene.
package dev.relwb.index;
