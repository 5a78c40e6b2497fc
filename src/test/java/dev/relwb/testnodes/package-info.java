/// Real search-engine nodes for tests: [NodeProcess] runs a node built from `nodes/<name>/pom.xml`
/// in a JVM of its own (its Lucene never meets the app's) and waits for its ready line.
/// [OpenSearchNode] is the shared OpenSearch 3 node of a test JVM and [SolrNode] the shared
/// standalone Solr 9 node (cores from the configset `relwb`); each has a small JSON-over-HTTP
/// client and a BEIR loader (`id`, `title` and `text` with English analysis, both copied into
/// `body`, BM25 k1 = 1.2, b = 0.75), the same one the launchers run for `--load-beir`.
package dev.relwb.testnodes;
