package dev.relwb.cluster;

import dev.relwb.ingest.LanguageDetector;
import dev.relwb.ingest.PassageSplitter;
import dev.relwb.search.Hit;
import dev.relwb.search.SearchPage;
import dev.relwb.search.SearchRequest;
import java.util.List;

/// What the OpenSearch and Solr searchers share: the connection, the template, the HTTP client, the
/// query-language guess, the passage splitter, and how a page of their hits becomes a `SearchPage`.
abstract class ClusterSearcherBase implements ClusterSearcher {
  /// The connection.
  final ClusterConfig config;
  /// The template filled with each query.
  final QueryTemplate template;
  /// JSON over HTTP to the cluster.
  final ClusterHttp http;
  private final LanguageDetector detector;
  private final PassageSplitter splitter;

  ClusterSearcherBase(ClusterConfig config, QueryTemplate template, ClusterHttp http, LanguageDetector detector,
      PassageSplitter splitter) {
    this.config = config;
    this.template = template;
    this.http = http;
    this.detector = detector;
    this.splitter = splitter;
  }

  @Override
  public ClusterConfig config() {
    return config;
  }

  @Override
  public QueryTemplate template() {
    return template;
  }

  @Override
  public PassageSplitter splitter() {
    return splitter;
  }

  /// The page of `hits` (any order) for `req`, with the total the cluster counted, timed from `t0`.
  SearchPage page(SearchRequest req, List<Hit> hits, long total, long t0) {
    return new SearchPage(req.query(), QueryLanguage.of(req, detector), config.engine().shown() + " template "
        + template.name(), ClusterHits.ranked(hits), total, List.of(), (System.nanoTime() - t0) / 1e6);
  }
}
