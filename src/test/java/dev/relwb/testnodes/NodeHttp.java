package dev.relwb.testnodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/// JSON over HTTP to a test node, for loading data and checking it (not the code under test, which has
/// its own client): one request, its answer as JSON, an `IOException` naming the request for a status of
/// 400 or more.
final class NodeHttp {
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final Supplier<String> baseUrl;
  private final Duration timeout;

  /// A client for the node at `baseUrl` (asked per request: a restarted node keeps its port, but the
  /// supplier stays right if it does not), with `timeout` per request.
  NodeHttp(Supplier<String> baseUrl, Duration timeout) {
    this.baseUrl = baseUrl;
    this.timeout = timeout;
  }

  /// The mapper for request bodies and answers.
  ObjectMapper json() {
    return json;
  }

  /// `method path` with `body` (null = none) of content type `type`; the answer as JSON (an empty object
  /// for an empty body).
  JsonNode send(String method, String path, String body, String type) throws IOException {
    return check(method, path, exchange(method, path, body, type));
  }

  /// The raw answer of `method path`, whatever its status.
  HttpResponse<String> exchange(String method, String path, String body, String type) throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl.get() + path)).timeout(timeout)
        .header("Accept", "application/json");
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + method + " " + path, e);
    }
  }

  /// The answer of `r` as JSON; an `IOException` for a status of 400 or more.
  JsonNode check(String method, String path, HttpResponse<String> r) throws IOException {
    if (r.statusCode() >= 400) {
      throw new IOException(String.format(Locale.ROOT, "%s %s: HTTP %d %s", method, path, r.statusCode(),
          abbreviate(r.body())));
    }
    return r.body().isEmpty() ? json.createObjectNode() : json.readTree(r.body());
  }

  /// At most 2,000 characters of `s`.
  static String abbreviate(String s) {
    return s.length() <= 2000 ? s : s.substring(0, 2000) + "...";
  }
}
