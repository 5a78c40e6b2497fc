package dev.relwb.cluster;

/// The kind of search cluster a workspace is connected to.
public enum ClusterEngine {
  /// OpenSearch (and Elasticsearch-compatible REST: `_search`, `_mapping`, `_count`).
  OPENSEARCH("OpenSearch", "index"),
  /// Apache Solr, standalone core or SolrCloud collection (`/select`, `/schema/fields`).
  SOLR("Solr", "collection");

  private final String shown;
  private final String container;

  ClusterEngine(String shown, String container) {
    this.shown = shown;
    this.container = container;
  }

  /// The product name, e.g. `OpenSearch`.
  public String shown() {
    return shown;
  }

  /// What a searchable set of documents is called there: `index` or `collection`.
  public String container() {
    return container;
  }
}
