/// Relevance Workbench: a desktop search-relevance workbench (Lucene BM25, mono-XM reranking,
/// judging and evaluation) with a headless CLI over the same core.
///
/// Layers, from top to bottom: `app` → `ui`, `cli` → `service` → `search`, `rerank`, `hub`,
/// `judge`, `eval`, `index`, `ingest` → `core`. Dependencies point downward only; the ArchUnit
/// test `LayerRulesTest` keeps it so.
package dev.relwb;
