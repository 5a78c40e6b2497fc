package dev.relwb.cluster;

import com.fasterxml.jackson.databind.JsonNode;

/// Reads a cluster's own error reason from its JSON answer and turns an HTTP status into advice.
final class ClusterErrors {
  private ClusterErrors() { }

  /// The cluster's reason: OpenSearch `error.root_cause[0].type: reason` (or `error.type: reason`),
  /// Solr `error.msg`; null when the answer carries none.
  static String reason(JsonNode json) {
    if (json == null) {
      return null;
    }
    JsonNode err = json.path("error");
    if (err.isTextual()) {
      return err.asText();
    }
    JsonNode root = err.path("root_cause").path(0);
    JsonNode cause = root.isMissingNode() ? err : root;
    if (cause.hasNonNull("reason")) {
      String type = cause.path("type").asText("");
      return (type.isEmpty() ? "" : type + ": ") + cause.get("reason").asText();
    }
    if (err.hasNonNull("msg")) {
      return err.get("msg").asText();
    }
    return null;
  }

  /// What to tell the user for an HTTP `status` with the cluster's `reason`.
  static String advice(int status, String reason, ClusterConfig config) {
    String why = reason == null ? "" : ": " + firstLine(reason);
    return switch (status) {
      case 401 -> "rejected the credentials (HTTP 401)" + why + ": check the user name and the password or API key";
      case 403 -> "refused access (HTTP 403)" + why + ": the user may read " + config.engine().container() + " "
          + config.index() + " only with more permissions";
      case 404 -> "has no " + config.engine().container() + " '" + config.index() + "' (HTTP 404)" + why
          + ": check the name, or list them on the cluster";
      case 400 -> "rejected the query (HTTP 400)" + (why.isEmpty() ? "" : why)
          + ": fix the query template or the query";
      default -> status >= 500 ? "failed (HTTP " + status + ")" + why + ": check the cluster's health and try again"
          : "answered HTTP " + status + why;
    };
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
