package dev.relwb.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.CancelledException;
import dev.relwb.core.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// JSON over HTTP(S) to one cluster, with its timeouts, TLS trust and credentials. Turns every failure
/// into a [ClusterException] whose message names the cluster and says what to do. Thread-safe.
final class ClusterHttp {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterHttp.class);
  private final ClusterConfig config;
  private final HttpClient client;
  private final String authorization;

  /// A client for `config`; `secret` is the password or API key (null without auth).
  ClusterHttp(ClusterConfig config, String secret) {
    this.config = config;
    this.authorization = authorization(config.auth(), secret, config);
    HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofMillis(config.connectTimeoutMs())).followRedirects(HttpClient.Redirect.NEVER);
    if (config.caFile() != null) {
      try {
        b.sslContext(TrustedCertificates.sslContext(Path.of(config.caFile())));
      } catch (ClusterException e) {
        throw new ClusterException(config.where() + ": " + e.getMessage(), 0, e);
      }
    }
    this.client = b.build();
  }

  private static String authorization(ClusterAuth auth, String secret, ClusterConfig config) {
    if (!auth.needsSecret()) {
      return null;
    }
    if (secret == null || secret.isEmpty()) {
      throw new ClusterException(config.where() + " needs "
          + (auth.kind().equals("basic") ? "a password" : "an API key")
          + ": set " + (auth.secretEnv() == null ? "it in the Corpus tab for this session" : "the environment variable "
          + auth.secretEnv()) + " and try again");
    }
    if (auth.kind().equals("basic")) {
      String pair = (auth.user() == null ? "" : auth.user()) + ":" + secret;
      return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
    return "ApiKey " + secret;
  }

  /// GET `path` (relative to the base URL, starting with `/`).
  JsonNode get(String path) {
    return send(request(path).GET().build(), path);
  }

  /// POST `body` as JSON to `path`.
  JsonNode postJson(String path, JsonNode body) {
    try {
      String json = Json.mapper().writeValueAsString(body);
      return send(request(path).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), path);
    } catch (JsonProcessingException e) {
      throw new ClusterException("Cannot encode a request to " + config.where() + ": " + e.getOriginalMessage(), 0, e);
    }
  }

  /// POST `params` form-encoded (every name and value URL-encoded) to `path`.
  JsonNode postForm(String path, List<Map.Entry<String, String>> params) {
    String form = params.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(), path);
  }

  /// `s` URL-encoded as one form value or path segment.
  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(config.url() + path))
        .timeout(Duration.ofMillis(config.readTimeoutMs())).header("Accept", "application/json");
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  private JsonNode send(HttpRequest req, String path) {
    HttpResponse<String> resp;
    long t0 = System.nanoTime();
    try {
      resp = client.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpConnectTimeoutException e) {
      throw fail("did not accept a connection within " + config.connectTimeoutMs() + " ms: check the URL and the"
          + " network, or raise the connect timeout", e);
    } catch (HttpTimeoutException e) {
      throw fail("did not answer within " + config.readTimeoutMs() + " ms: the cluster may be overloaded or the"
          + " query too heavy; try again or raise the read timeout", e);
    } catch (ConnectException e) {
      throw fail("cannot be reached (connection refused): is it running, and is the URL right?", e);
    } catch (SSLException e) {
      throw fail("TLS failed (" + e.getMessage() + "): trust its certificate authority with a PEM CA file, and use"
          + " the host name the certificate names", e);
    } catch (IOException e) {
      Throwable root = e.getCause() instanceof UnresolvedAddressException ? e.getCause() : e;
      throw fail((root instanceof UnresolvedAddressException ? "cannot be reached: unknown host" : "cannot be reached ("
          + e + ")") + ": check the URL and that the cluster is up", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException("The request to " + config.where() + " was cancelled");
    }
    LOG.debug("{} {} -> {} in {} ms", req.method(), path, resp.statusCode(), (System.nanoTime() - t0) / 1_000_000);
    return answer(resp);
  }

  private JsonNode answer(HttpResponse<String> resp) {
    int status = resp.statusCode();
    JsonNode json = null;
    try {
      json = Json.mapper().readTree(resp.body());
    } catch (JsonProcessingException e) {
      if (status < 300) {
        throw new ClusterException(config.where() + " answered with something that is not JSON: is the URL that of"
            + " the " + config.engine().shown() + " REST API" + (config.engine() == ClusterEngine.SOLR
            ? " (it usually ends in /solr)?" : "?"), status, e);
      }
    }
    if (status >= 200 && status < 300 && json != null && !json.isMissingNode()) {
      return json;
    }
    String reason = ClusterErrors.reason(json);
    throw new ClusterException(config.where() + " " + ClusterErrors.advice(status, reason, config), status, null);
  }

  private ClusterException fail(String what, Throwable cause) {
    return new ClusterException(config.where() + " " + what, 0, cause);
  }
}
