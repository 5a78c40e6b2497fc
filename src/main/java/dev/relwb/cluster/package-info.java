/// The first stage from a search cluster: OpenSearch (or Elasticsearch-compatible) and Solr behind the
/// same `search.Searcher` as the local Lucene index. A workspace connected to a cluster keeps a
/// [ClusterConfig] (URL, index or collection, field names, connection settings and named
/// [QueryTemplate]s); [ClusterSearchers] builds the searcher for it. What the cluster returns becomes
/// our own records (`Hit` with its `Snippet` spans from the cluster's highlighter, `HitExplanation` from
/// `explain`/`debugQuery`), so everything above search works unchanged.
///
/// HTTP is the JDK's `java.net.http` client (TLS with hostname verification, an optional PEM CA file,
/// basic auth or an API key whose secret never leaves memory); JSON is Jackson. Every failure is a
/// [ClusterException] whose one-line message names the cluster and says what to do.
/// Depends on `core`, `search` (its records and the `Searcher` port) and `ingest` (language detection,
/// passage splitting). No Lucene.
package dev.relwb.cluster;
