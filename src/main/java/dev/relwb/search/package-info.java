/// BM25 search over the index. Speaks our own records (query, hits, snippets,
/// explanations); no Lucene type leaves this package. Depends on `core`, `index` and Lucene.
package dev.relwb.search;
