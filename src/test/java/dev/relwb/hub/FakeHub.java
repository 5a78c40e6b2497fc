package dev.relwb.hub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/// A local stand-in for the Hugging Face hub on 127.0.0.1, behaving like the real one where relwb
/// depends on it: `/{org}/{name}/resolve/{rev}/{file}` answers small files directly (`ETag` = git blob
/// sha1) and `.safetensors` files with a `302` to a CDN server on another port (`X-Linked-Etag` =
/// sha256, `X-Linked-Size`); every answer carries `X-Repo-Commit`; errors carry `X-Error-Code`. The
/// CDN supports `Range` (`206`, `Content-Range`). It logs every request and can misbehave on demand.
public final class FakeHub implements AutoCloseable {
  private static final Pattern RESOLVE = Pattern.compile("/([^/]+/[^/]+)/resolve/([^/]+)/(.+)");
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

  /// One request as the server saw it.
  public record Request(String server, String method, String path, String range, String authorization) { }

  private record Repo(String commit, Map<String, byte[]> files) { }

  private final HttpServer hub;
  private final HttpServer cdn;
  private final Map<String, Repo> repos = new ConcurrentHashMap<>();
  private final Map<String, byte[]> blobsBySha = new ConcurrentHashMap<>();
  private final Map<String, Long> dropAfter = new ConcurrentHashMap<>();
  private final Map<String, Long> stallAfter = new ConcurrentHashMap<>();
  private final Set<String> wrongEtag = ConcurrentHashMap.newKeySet();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicLong bodyBytes = new AtomicLong();
  private volatile String requiredToken;
  private volatile String gatedToken;

  /// Starts both servers on free ports of 127.0.0.1.
  public FakeHub() throws IOException {
    hub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    cdn = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    hub.createContext("/", ex -> handle(ex, "hub"));
    cdn.createContext("/", ex -> handle(ex, "cdn"));
    hub.setExecutor(Executors.newFixedThreadPool(4));
    cdn.setExecutor(Executors.newFixedThreadPool(4));
    hub.start();
    cdn.start();
  }

  /// The files of a test resource folder, e.g. `/hub/xmod-tiny` (plain files only, not subfolders).
  public static Map<String, byte[]> resourceFiles(String folder) {
    try (Stream<Path> s = Files.list(Path.of(FakeHub.class.getResource(folder).toURI()))) {
      Map<String, byte[]> files = new TreeMap<>();
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /// The hub's base URL (what `HF_ENDPOINT` would be).
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + hub.getAddress().getPort());
  }

  /// Serves `files` as repo `repoId` whose `main` is at `commit`.
  public FakeHub repo(String repoId, String commit, Map<String, byte[]> files) {
    repos.put(repoId, new Repo(commit, Map.copyOf(files)));
    files.values().forEach(b -> blobsBySha.put(sha256(b), b));
    return this;
  }

  /// Requires `Authorization: Bearer <token>` on the hub (401 otherwise).
  public FakeHub requireToken(String token) {
    requiredToken = token;
    return this;
  }

  /// Answers 403 GatedRepo to this (valid) token, as for a licence not yet accepted.
  public FakeHub gatedFor(String token) {
    gatedToken = token;
    return this;
  }

  /// The next CDN download of `file` sends its headers, `bytes` bytes of body, then drops the connection.
  public FakeHub dropOnceAfter(String file, long bytes) {
    dropAfter.put(file, bytes);
    return this;
  }

  /// The next CDN download of `file` sends `bytes` bytes, then goes silent (up to 20 s) with the connection open.
  public FakeHub stallOnceAfter(String file, long bytes) {
    stallAfter.put(file, bytes);
    return this;
  }

  /// The hub advertises a wrong hash for `file` (sha256 or git sha1, by the file's kind).
  public FakeHub advertiseWrongHash(String file) {
    wrongEtag.add(file);
    return this;
  }

  /// Every request so far, in order.
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /// The `GET` requests so far.
  public List<Request> gets() {
    return requests.stream().filter(r -> r.method().equals("GET")).toList();
  }

  /// Body bytes sent so far (file data).
  public long bodyBytes() {
    return bodyBytes.get();
  }

  /// The sha256 of bytes, lower-case hex.
  public static String sha256(byte[] b) {
    return hex("SHA-256", new byte[0], b);
  }

  /// The git blob sha1 of bytes, lower-case hex.
  public static String gitSha1(byte[] b) {
    return hex("SHA-1", ("blob " + b.length + "\0").getBytes(StandardCharsets.US_ASCII), b);
  }

  /// Whether the hub serves `file` through LFS (as the real hub does for weights).
  public static boolean isLfs(String file) {
    return file.endsWith(".safetensors");
  }

  @Override
  public void close() {
    hub.stop(0);
    cdn.stop(0);
    ((java.util.concurrent.ExecutorService) hub.getExecutor()).shutdownNow();
    ((java.util.concurrent.ExecutorService) cdn.getExecutor()).shutdownNow();
  }

  private void handle(HttpExchange ex, String server) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    requests.add(new Request(server, ex.getRequestMethod(), path, ex.getRequestHeaders().getFirst("Range"),
        ex.getRequestHeaders().getFirst("Authorization")));
    try (ex) {
      if (server.equals("cdn")) {
        serveCdn(ex, path.substring(path.lastIndexOf('/') + 1));
      } else {
        serveResolve(ex, path);
      }
    } catch (IOException e) {
      // a deliberately dropped connection ends here
    }
  }

  private void serveResolve(HttpExchange ex, String path) throws IOException {
    Matcher m = RESOLVE.matcher(path);
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    if (requiredToken != null && !("Bearer " + requiredToken).equals(auth)) {
      error(ex, 401, "", null);
      return;
    }
    if (gatedToken != null && ("Bearer " + gatedToken).equals(auth)) {
      error(ex, 403, "GatedRepo", null);
      return;
    }
    Repo repo = m.matches() ? repos.get(m.group(1)) : null;
    if (repo == null) {
      error(ex, 404, "RepoNotFound", null);
      return;
    }
    String rev = URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
    if (!rev.equals("main") && !rev.equals(repo.commit())) {
      error(ex, 404, "RevisionNotFound", null);
      return;
    }
    String file = URLDecoder.decode(m.group(3), StandardCharsets.UTF_8);
    byte[] body = repo.files().get(file);
    if (body == null) {
      error(ex, 404, "EntryNotFound", repo.commit());
      return;
    }
    ex.getResponseHeaders().set("X-Repo-Commit", repo.commit());
    if (isLfs(file)) {
      String sha = wrongEtag.contains(file) ? sha256(new byte[] {1, 2, 3}) : sha256(body);
      ex.getResponseHeaders().set("X-Linked-Etag", "\"" + sha + "\"");
      ex.getResponseHeaders().set("X-Linked-Size", Long.toString(body.length));
      ex.getResponseHeaders().set("ETag", "\"" + gitSha1(("pointer " + sha).getBytes(StandardCharsets.UTF_8)) + "\"");
      ex.getResponseHeaders().set("Location", "http://127.0.0.1:" + cdn.getAddress().getPort()
          + "/repos/xet/" + sha256(body) + "?file=" + file.replace('/', '_'));
      ex.sendResponseHeaders(302, -1);
      return;
    }
    String gitSha = wrongEtag.contains(file) ? gitSha1(new byte[1]) : gitSha1(body);
    ex.getResponseHeaders().set("ETag", "W/\"" + gitSha + "\""); // the hub may mark it weak
    send(ex, body, file);
  }

  private void serveCdn(HttpExchange ex, String sha) throws IOException {
    byte[] body = blobsBySha.get(sha);
    if (body == null) {
      error(ex, 404, "", null);
      return;
    }
    String file = ex.getRequestURI().getQuery().substring("file=".length());
    send(ex, body, file);
  }

  private void send(HttpExchange ex, byte[] body, String file) throws IOException {
    long from = 0;
    String range = ex.getRequestHeaders().getFirst("Range");
    Matcher rm = range == null ? null : RANGE.matcher(range);
    if (rm != null && rm.matches()) {
      from = Long.parseLong(rm.group(1));
      if (from >= body.length) {
        ex.getResponseHeaders().set("Content-Range", "bytes */" + body.length);
        ex.sendResponseHeaders(416, -1);
        return;
      }
      ex.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
    }
    int status = from > 0 ? 206 : 200;
    long length = body.length - from;
    if (ex.getRequestMethod().equals("HEAD")) {
      ex.getResponseHeaders().set("Content-Length", Long.toString(length));
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, length);
    OutputStream out = ex.getResponseBody();
    Long drop = dropAfter.remove(file);
    Long stall = drop == null ? stallAfter.remove(file) : null;
    Long cut = drop != null ? drop : stall;
    int n = (int) (cut == null ? length : Math.min(cut, length));
    out.write(body, (int) from, n);
    out.flush();
    bodyBytes.addAndGet(n);
    if (stall != null) {
      sleepUntilClientGivesUp(out);
    }
    // after a drop the exchange closes short of its Content-Length: the server cuts the connection
  }

  private static void sleepUntilClientGivesUp(OutputStream out) {
    try {
      for (int i = 0; i < 200; i++) {
        Thread.sleep(100);
        out.flush(); // fails once the client closed the connection
        out.write(new byte[0]);
      }
    } catch (InterruptedException | IOException e) {
      // the client closed the connection or the server stopped
    }
  }

  private static void error(HttpExchange ex, int status, String code, String commit) throws IOException {
    if (!code.isEmpty()) {
      ex.getResponseHeaders().set("X-Error-Code", code);
    }
    if (commit != null) {
      ex.getResponseHeaders().set("X-Repo-Commit", commit);
    }
    ex.sendResponseHeaders(status, -1);
  }

  private static String hex(String algorithm, byte[] prefix, byte[] b) {
    try {
      MessageDigest md = MessageDigest.getInstance(algorithm);
      md.update(prefix);
      return HexFormat.of().formatHex(md.digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
