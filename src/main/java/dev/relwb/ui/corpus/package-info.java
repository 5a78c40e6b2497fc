/// The Corpus tab: workspaces, importing folders and test collections with progress, stats and the
/// ingest report; also the first-run creation of the "Sample" workspace, and the *Connect to a cluster*
/// form that makes a workspace over OpenSearch or Solr (`ClusterConnectView` + `ClusterConnectViewModel`).
/// Uses the `service` ports (`Corpora`, `Clusters`), `core`, the records and enums of `cluster`, and
/// `ui.support` only.
package dev.relwb.ui.corpus;
