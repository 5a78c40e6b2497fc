package dev.relwb.cluster;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/// A workspace's connection to a search cluster, as stored in its `workspace.json` (never with a secret).
///
/// @param engine           OpenSearch or Solr
/// @param url              the base URL, e.g. `https://search.example.com:9200` or `http://localhost:8983/solr`
/// @param index            the OpenSearch index (or alias, or pattern) or the Solr collection/core
/// @param fields           which fields hold id, title, text and language
/// @param auth             how requests authenticate (the secret itself is not stored)
/// @param caFile           a PEM file of CA certificates to trust for HTTPS, or null for the JDK's
/// @param connectTimeoutMs connect timeout
/// @param readTimeoutMs    timeout for a whole answer
/// @param pageSize         hits fetched per request (deeper lists are paged)
/// @param parallel         at most this many queries in flight at once during `relwb run`
/// @param templates        the named query templates; the first is the default
public record ClusterConfig(ClusterEngine engine, String url, String index, ClusterFields fields, ClusterAuth auth,
    String caFile, int connectTimeoutMs, int readTimeoutMs, int pageSize, int parallel,
    List<QueryTemplate> templates) {

  /// Default connect timeout (ms).
  public static final int CONNECT_TIMEOUT_MS = 5_000;
  /// Default read timeout (ms).
  public static final int READ_TIMEOUT_MS = 30_000;
  /// Default page size.
  public static final int PAGE_SIZE = 100;
  /// Default parallel-query limit of batch runs.
  public static final int PARALLEL = 4;

  /// Validates the URL and limits; fills defaults; adds the default template when there is none.
  public ClusterConfig {
    if (engine == null) {
      throw new ClusterException("A cluster workspace needs an engine: --opensearch URL or --solr URL");
    }
    url = checkUrl(url, engine);
    if (index == null || index.isBlank()) {
      throw new ClusterException("A " + engine.shown() + " workspace needs " + (engine == ClusterEngine.SOLR
          ? "a collection: give --collection NAME" : "an index: give --index NAME"));
    }
    index = index.strip();
    auth = auth == null ? ClusterAuth.NONE : auth;
    caFile = caFile == null || caFile.isBlank() ? null : caFile;
    connectTimeoutMs = connectTimeoutMs <= 0 ? CONNECT_TIMEOUT_MS : connectTimeoutMs;
    readTimeoutMs = readTimeoutMs <= 0 ? READ_TIMEOUT_MS : readTimeoutMs;
    pageSize = pageSize <= 0 ? PAGE_SIZE : Math.min(pageSize, 10_000);
    parallel = parallel <= 0 ? PARALLEL : Math.min(parallel, 64);
    List<QueryTemplate> ts = templates == null ? new ArrayList<>() : new ArrayList<>(templates);
    if (ts.isEmpty()) {
      ts.add(QueryTemplate.defaultFor(engine, fields.text()));
    }
    List<String> names = new ArrayList<>();
    for (QueryTemplate t : ts) {
      if (names.contains(t.name())) {
        throw new ClusterException("Two query templates are named '" + t.name() + "': give each its own name");
      }
      names.add(t.name());
    }
    templates = List.copyOf(ts);
  }

  /// A connection with default timeouts, paging and templates.
  public static ClusterConfig of(ClusterEngine engine, String url, String index, ClusterFields fields,
      ClusterAuth auth, String caFile) {
    return new ClusterConfig(engine, url, index, fields, auth, caFile, 0, 0, 0, 0, null);
  }

  private static String checkUrl(String url, ClusterEngine engine) {
    if (url == null || url.isBlank()) {
      throw new ClusterException("Give the " + engine.shown() + " URL, e.g. http://localhost:"
          + (engine == ClusterEngine.SOLR ? "8983/solr" : "9200"));
    }
    String u = url.strip();
    try {
      URI uri = new URI(u);
      if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          || uri.getHost() == null) {
        throw new ClusterException("The " + engine.shown() + " URL '" + withoutCredentials(u)
            + "' is not an http:// or https:// URL with a host");
      }
      if (uri.getRawUserInfo() != null) {
        throw new ClusterException("The " + engine.shown() + " URL '" + withoutCredentials(u) + "' carries a user"
            + " or password, which would be saved with the workspace: give --user and --password-env instead");
      }
    } catch (URISyntaxException e) {
      throw new ClusterException("The " + engine.shown() + " URL '" + withoutCredentials(u) + "' is not a URL: "
          + e.getReason(), 0, e);
    }
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }

  /// The URL as it may be shown, logged and stamped on runs: without `user:password@`.
  public String shownUrl() {
    return withoutCredentials(url);
  }

  /// `url` without its user-info part.
  public static String withoutCredentials(String url) {
    return url.replaceFirst("^(https?://)[^/@]*@", "$1");
  }

  /// How messages name this cluster: `OpenSearch at http://host:9200 (index docs)`.
  public String where() {
    return engine.shown() + " at " + shownUrl() + " (" + engine.container() + " " + index + ")";
  }

  /// The template `name`, or the default (first) one for null/blank.
  public QueryTemplate template(String name) {
    if (name == null || name.isBlank()) {
      return templates.getFirst();
    }
    return templates.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() ->
        new ClusterException("There is no query template '" + name + "' in this workspace (it has: "
            + String.join(", ", templates.stream().map(QueryTemplate::name).toList()) + ")"));
  }

  /// A copy with `template` added, or replacing the one of the same name.
  public ClusterConfig withTemplate(QueryTemplate template) {
    template.validate(engine);
    List<QueryTemplate> ts = new ArrayList<>(templates);
    int at = -1;
    for (int i = 0; i < ts.size(); i++) {
      if (ts.get(i).name().equals(template.name())) {
        at = i;
      }
    }
    if (at >= 0) {
      ts.set(at, template);
    } else {
      ts.add(template);
    }
    return new ClusterConfig(engine, url, index, fields, auth, caFile, connectTimeoutMs, readTimeoutMs, pageSize,
        parallel, ts);
  }

  /// A copy without template `name`; the last template cannot be removed.
  public ClusterConfig withoutTemplate(String name) {
    template(name);
    if (templates.size() == 1) {
      throw new ClusterException("'" + name + "' is the only query template: add another before removing it");
    }
    List<QueryTemplate> ts = templates.stream().filter(t -> !t.name().equals(name)).toList();
    return new ClusterConfig(engine, url, index, fields, auth, caFile, connectTimeoutMs, readTimeoutMs, pageSize,
        parallel, ts);
  }
}
