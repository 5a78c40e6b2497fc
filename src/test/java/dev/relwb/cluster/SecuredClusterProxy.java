package dev.relwb.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/// A TLS-terminating reverse proxy on a loopback port in front of a plain-HTTP search node, enforcing
/// authentication the way a secured OpenSearch cluster does. Basic auth as [#USER] with [#PASSWORD] or
/// the API key [#API_KEY] (`Authorization: ApiKey …`) is forwarded (method, path, query, body and
/// `Content-Type`; the node's status, body and `Content-Type` come back); [#INTRUDER] with the right
/// password gets 403, anything else 401, both with an OpenSearch-style `security_exception` body.
final class SecuredClusterProxy implements AutoCloseable {
  /// The user allowed to read.
  static final String USER = "reader";
  /// The user known to the cluster but without read permissions.
  static final String INTRUDER = "intruder";
  /// Both users' password.
  static final String PASSWORD = "s3cret";
  /// The API key allowed to read.
  static final String API_KEY = "k3y";

  private final String upstream;
  private final HttpsServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final List<String> seen = new CopyOnWriteArrayList<>();

  /// Listens on a free loopback port with the server certificate of `tls`, forwarding to `upstream`
  /// (e.g. `http://127.0.0.1:9200`).
  SecuredClusterProxy(String upstream, SSLContext tls) throws IOException {
    this.upstream = upstream.endsWith("/") ? upstream.substring(0, upstream.length() - 1) : upstream;
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /// The port it listens on.
  int port() {
    return server.getAddress().getPort();
  }

  /// One line per request it answered: `reader GET /cranfield/_count -> 200`, `apikey POST … -> 200`,
  /// `intruder GET / -> 403`, `anonymous GET / -> 401`.
  List<String> seen() {
    return List.copyOf(seen);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body = ex.getRequestBody().readAllBytes();
      String who = identity(ex.getRequestHeaders().getFirst("Authorization"));
      String target = ex.getRequestURI().getRawPath()
          + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
      int status;
      if (who.equals(USER) || who.equals("apikey")) {
        status = forward(ex, target, body);
      } else if (who.equals(INTRUDER)) {
        status = 403;
        reply(ex, status, error("no permissions for [" + action(ex) + "] and User [name=" + INTRUDER
            + ", backend_roles=[], requestedTenant=null]", status));
      } else {
        status = 401;
        ex.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"OpenSearch Security\"");
        reply(ex, status, error("missing authentication credentials", status));
      }
      seen.add(who + " " + ex.getRequestMethod() + " " + target + " -> " + status);
    }
  }

  /// `reader`, `intruder` (right password only), `apikey` (right key only) or `anonymous`.
  private static String identity(String authorization) {
    if (authorization == null) {
      return "anonymous";
    }
    if (authorization.equals("ApiKey " + API_KEY)) {
      return "apikey";
    }
    if (authorization.startsWith("Basic ")) {
      try {
        String pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
            StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        String user = colon < 0 ? pair : pair.substring(0, colon);
        boolean right = colon >= 0 && pair.substring(colon + 1).equals(PASSWORD);
        if (right && (user.equals(USER) || user.equals(INTRUDER))) {
          return user;
        }
      } catch (IllegalArgumentException e) {
        return "anonymous";
      }
    }
    return "anonymous";
  }

  /// The OpenSearch action name a request needs permission for.
  private static String action(HttpExchange ex) {
    String path = ex.getRequestURI().getRawPath();
    if (path.equals("/")) {
      return "cluster:monitor/main";
    }
    if (path.endsWith("/_mapping")) {
      return "indices:admin/mappings/get";
    }
    return "indices:data/read/search";
  }

  private static byte[] error(String reason, int status) {
    String cause = "{\"type\":\"security_exception\",\"reason\":\"" + reason + "\"}";
    return ("{\"error\":{\"root_cause\":[" + cause + "],\"type\":\"security_exception\",\"reason\":\"" + reason
        + "\"},\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
  }

  private int forward(HttpExchange ex, String target, byte[] body) throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(upstream + target)).timeout(Duration.ofSeconds(60))
        .method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    if (type != null) {
      b.header("Content-Type", type);
    }
    HttpResponse<byte[]> r;
    try {
      r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      reply(ex, 502, ("{\"error\":\"proxy: " + e.getClass().getSimpleName() + "\",\"status\":502}")
          .getBytes(StandardCharsets.UTF_8));
      return 502;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while forwarding " + target, e);
    }
    r.headers().firstValue("Content-Type").ifPresent(v -> ex.getResponseHeaders().set("Content-Type", v));
    reply(ex, r.statusCode(), r.body());
    return r.statusCode();
  }

  private static void reply(HttpExchange ex, int status, byte[] body) throws IOException {
    if (!ex.getResponseHeaders().containsKey("Content-Type")) {
      ex.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /// Stops listening and closes the forwarding client.
  @Override
  public void close() {
    server.stop(0);
    executor.close();
    client.close();
  }
}
