package dev.relwb.core;

/// Where a run's first stage came from when it was a search cluster rather than the local index.
///
/// @param engine       `OpenSearch` or `Solr`
/// @param url          the cluster URL, without credentials
/// @param index        the index or collection searched
/// @param template     the query template's name
/// @param templateHash the first 12 hex digits of the SHA-256 of the template's body
public record FirstStage(String engine, String url, String index, String template, String templateHash) { }
