package dev.relwb.cluster;

import dev.relwb.ingest.LanguageDetector;
import dev.relwb.ingest.PassageSplitter;

/// Builds the searcher of a cluster connection for one query template.
public final class ClusterSearchers {
  private ClusterSearchers() { }

  /// A searcher over `config` filling template `templateName` (null = the default), authenticating with
  /// `secret` (the password or API key; null without auth), detecting query languages with `detector`
  /// (null = English) for the reranker's adapter guess, splitting documents for MaxP with `splitter`.
  public static ClusterSearcher open(ClusterConfig config, String templateName, String secret,
      LanguageDetector detector, PassageSplitter splitter) {
    QueryTemplate t = config.template(templateName);
    ClusterHttp http = new ClusterHttp(config, secret);
    return config.engine() == ClusterEngine.OPENSEARCH ? new OpenSearchSearcher(config, t, http, detector, splitter)
        : new SolrSearcher(config, t, http, detector, splitter);
  }
}
