package dev.relwb.cli;

import dev.relwb.cluster.ClusterAuth;
import dev.relwb.cluster.ClusterConfig;
import dev.relwb.cluster.ClusterEngine;
import dev.relwb.cluster.ClusterFields;
import dev.relwb.core.WorkbenchException;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/// The options of `relwb workspace create` that connect the workspace to a search cluster instead of a
/// local index: where (`--opensearch URL --index I` or `--solr URL --collection C`), which fields, how to
/// authenticate (the secret only ever from an environment variable), TLS trust, timeouts and limits.
final class ClusterOptions {
  @ArgGroup(exclusive = true)
  Where where;

  /// `--opensearch URL` or `--solr URL`.
  static final class Where {
    @Option(names = "--opensearch", paramLabel = "URL", description = "Connect to this OpenSearch (or"
        + " Elasticsearch-compatible) cluster, e.g. http://localhost:9200.")
    String openSearch;
    @Option(names = "--solr", paramLabel = "URL", description = "Connect to this Solr, e.g. http://localhost:8983/solr.")
    String solr;
  }

  @Option(names = {"--index", "--collection"}, paramLabel = "NAME",
      description = "The OpenSearch index (or alias) or the Solr collection/core.")
  String index;
  @Option(names = "--id-field", paramLabel = "F", description = "Document id field (default: _id for OpenSearch,"
      + " id for Solr).")
  String idField;
  @Option(names = "--title-field", paramLabel = "F", description = "Title field (optional).")
  String titleField;
  @Option(names = "--text-field", paramLabel = "F", description = "Text field: shown, highlighted and reranked.")
  String textField;
  @Option(names = "--lang-field", paramLabel = "F", description = "Language-code field (optional).")
  String langField;
  @Option(names = "--user", paramLabel = "USER", description = "Basic-auth user; the password comes from"
      + " --password-env.")
  String user;
  @Option(names = "--password-env", paramLabel = "VAR", defaultValue = "RELWB_CLUSTER_PASSWORD",
      description = "Environment variable holding the basic-auth password. Default: ${DEFAULT-VALUE}.")
  String passwordEnv;
  @Option(names = "--api-key-env", paramLabel = "VAR", description = "Authenticate with the API key in this"
      + " environment variable (Authorization: ApiKey …).")
  String apiKeyEnv;
  @Option(names = "--ca-file", paramLabel = "PEM", description = "Trust the CA certificates in this PEM file for"
      + " HTTPS (host names are still verified).")
  Path caFile;
  @Option(names = "--connect-timeout", paramLabel = "MS", description = "Connect timeout in ms. Default: 5000.")
  int connectTimeout;
  @Option(names = "--read-timeout", paramLabel = "MS", description = "Answer timeout in ms. Default: 30000.")
  int readTimeout;
  @Option(names = "--page-size", paramLabel = "N", description = "Hits per request. Default: 100.")
  int pageSize;
  @Option(names = "--parallel", paramLabel = "N", description = "At most N queries in flight during `relwb run`."
      + " Default: 4.")
  int parallel;

  /// Whether a cluster was asked for.
  boolean given() {
    return where != null;
  }

  /// The connection these options describe.
  ClusterConfig config() {
    ClusterEngine engine = where.openSearch != null ? ClusterEngine.OPENSEARCH : ClusterEngine.SOLR;
    String url = where.openSearch != null ? where.openSearch : where.solr;
    String id = idField != null ? idField : engine == ClusterEngine.SOLR ? "id" : "_id";
    if (textField == null) {
      throw new WorkbenchException("Give --text-field: the field whose text is shown and reranked");
    }
    ClusterAuth auth = apiKeyEnv != null ? new ClusterAuth("apikey", null, apiKeyEnv)
        : user != null ? new ClusterAuth("basic", user, passwordEnv) : ClusterAuth.NONE;
    return new ClusterConfig(engine, url, index, new ClusterFields(id, titleField, textField, langField), auth,
        caFile == null ? null : caFile.toAbsolutePath().toString(), connectTimeout, readTimeout, pageSize, parallel,
        null);
  }
}
