/// BM25 search over the index. `Searcher` speaks our own records (`SearchRequest`, `SearchPage`,
/// `SearchHit`, `Snippet`, `HitExplanation`); no Lucene type leaves this package, so a remote
/// engine (OpenSearch) can implement `Searcher` later. Also the TREC run writing rules
/// (`RunScores`: strictly decreasing scores, reranked head + BM25 tail).
/// Depends on `core`, `index`, `ingest` (language detection) and Lucene.
package dev.relwb.search;
