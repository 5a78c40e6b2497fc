/// BM25 search over the index. `Searcher` speaks our own records (`SearchRequest`, `SearchPage`,
/// `Hit`, `Snippet` with its match spans, `HitExplanation`); no Lucene type leaves this package, so a
/// remote engine (OpenSearch) can implement `Searcher` later. Highlighting is Lucene's, done here
/// once: snippets for the lists and the whole passage for the document pane.
/// Depends on `core`, `index`, `ingest` (language detection) and Lucene.
package dev.relwb.search;
