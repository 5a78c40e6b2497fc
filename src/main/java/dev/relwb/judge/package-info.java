/// Relevance judgments: topics, judgments with history, the SQLite store and qrels
/// import/export. Plain Java and JDBC; no Lucene, no DJL. Depends on `core`.
package dev.relwb.judge;
