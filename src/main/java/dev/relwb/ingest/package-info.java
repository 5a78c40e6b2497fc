/// Reading documents: document sources (folders, BEIR, MS MARCO, TREC, JSONL), file-format
/// readers, the passage splitter and language detection. Depends on `core` only.
package dev.relwb.ingest;
