/// Relevance judgments: topics, judgments with their full append-only history (grade 0–3, or
/// skip / unrateable; annotator, time, note), saved runs with their metadata, and the SQLite store
/// (`JudgmentStore`: WAL, foreign keys, versioned migrations, a file it cannot read is never written).
/// Plain Java, JDBC and `sqlite-jdbc`; no Lucene, no DJL. Depends on `core`.
package dev.relwb.judge;
