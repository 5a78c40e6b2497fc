package dev.relwb.hub;

import dev.relwb.core.CancelledException;
import dev.relwb.hub.HubException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The HTTP side of the hub: a `HEAD` on `{endpoint}/{repo}/resolve/{revision}/{file}` for a file's
/// metadata, and a `GET` of its bytes (optionally from an offset with `Range`). Redirects are
/// followed here rather than by the JDK client, so the bearer token goes only to the hub's own host,
/// never to the CDN a `302` points at.
final class HubHttp {
  private static final int MAX_REDIRECTS = 10;
  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

  private final HubSettings settings;
  private final HttpClient client;
  private final String userAgent;
  private final Duration headerTimeout;

  /// `headerTimeout`: how long to wait for a response's status and headers.
  HubHttp(HubSettings settings, String userAgent, Duration headerTimeout) {
    this.settings = settings;
    this.userAgent = userAgent;
    this.headerTimeout = headerTimeout;
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(20)).version(HttpClient.Version.HTTP_1_1)
        .proxy(ProxySelector.getDefault()).build();
  }

  /// An opened download: `status` 200 (whole file) or 206 (from `start`), or 416 (range not satisfiable).
  record Body(int status, long start, long length, InputStream in) { }

  /// The metadata of `file`, or empty when the hub says the file does not exist at that revision.
  Optional<FileMetadata> metadata(ModelRef.Hub repo, String file) {
    URI uri = resolveUri(repo, file);
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      HttpResponse<Void> r = send(request(uri).method("HEAD", HttpRequest.BodyPublishers.noBody())
          .header("Accept-Encoding", "identity").build(), HttpResponse.BodyHandlers.discarding(), repo);
      HttpHeaders h = r.headers();
      boolean redirect = r.statusCode() / 100 == 3 && h.firstValue("Location").isPresent();
      if (r.statusCode() / 100 == 2 || redirect && h.firstValue("X-Repo-Commit").isPresent()) {
        URI download = redirect ? uri.resolve(h.firstValue("Location").orElseThrow()) : uri;
        return Optional.of(toMetadata(repo, file, h, download, !redirect));
      }
      if (redirect) {
        uri = uri.resolve(h.firstValue("Location").orElseThrow()); // renamed repo: relative redirect
        continue;
      }
      if (r.statusCode() == 404 && "EntryNotFound".equals(h.firstValue("X-Error-Code").orElse(""))) {
        return Optional.empty();
      }
      throw statusError(r.statusCode(), h, repo, file);
    }
    throw new HubException(Reason.PROTOCOL, "Too many redirects for " + file + " of " + repo
        + ": check HF_ENDPOINT (" + settings.endpoint() + ")");
  }

  /// Opens the bytes of a file at `uri`, from byte `from` on (a `Range` request when `from > 0`).
  Body open(URI start, long from, ModelRef.Hub repo, String file) {
    URI uri = start;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      HttpRequest.Builder b = request(uri).header("Accept-Encoding", "identity").GET();
      if (from > 0) {
        b.header("Range", "bytes=" + from + "-");
      }
      HttpResponse<InputStream> r = send(b.build(), HttpResponse.BodyHandlers.ofInputStream(), repo);
      int status = r.statusCode();
      if (status / 100 == 3 && r.headers().firstValue("Location").isPresent()) {
        closeQuietly(r.body());
        uri = uri.resolve(r.headers().firstValue("Location").orElseThrow());
        continue;
      }
      long length = r.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (status == 200 || status == 416) {
        return new Body(status, 0, length, r.body());
      }
      if (status == 206) {
        return new Body(status, rangeStart(r.headers(), repo, file), length, r.body());
      }
      closeQuietly(r.body());
      throw statusError(status, r.headers(), repo, file);
    }
    throw new HubException(Reason.PROTOCOL, "Too many redirects downloading " + file + " of " + repo);
  }

  private HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(headerTimeout).header("User-Agent", userAgent);
    if (settings.hasToken() && sameOrigin(uri, settings.endpoint())) {
      b.header("Authorization", "Bearer " + settings.token());
    }
    return b;
  }

  private <T> HttpResponse<T> send(HttpRequest req, HttpResponse.BodyHandler<T> handler, ModelRef.Hub repo) {
    try {
      return client.send(req, handler);
    } catch (IOException e) {
      throw new HubException(Reason.NETWORK, "Cannot reach " + req.uri().getHost() + " for " + repo + " ("
          + e + "): check the network or proxy, or set HF_HUB_OFFLINE=1 to use only the local cache", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException("Download of " + repo);
    }
  }

  /// `direct`: the answer carries the file itself (200), so its Content-Length is the file size.
  private FileMetadata toMetadata(ModelRef.Hub repo, String file, HttpHeaders h, URI download, boolean direct) {
    String commit = h.firstValue("X-Repo-Commit").orElseThrow(() -> new HubException(Reason.PROTOCOL,
        "The answer for " + file + " of " + repo + " has no X-Repo-Commit header: check that HF_ENDPOINT ("
            + settings.endpoint() + ") is a Hugging Face hub or mirror"));
    Optional<String> linked = h.firstValue("X-Linked-Etag");
    String etag = linked.or(() -> h.firstValue("ETag")).map(FileMetadata::normalizeEtag)
        .orElseThrow(() -> new HubException(Reason.PROTOCOL, "The answer for " + file + " of " + repo
            + " has no ETag: check that HF_ENDPOINT (" + settings.endpoint() + ") is a Hugging Face hub or mirror"));
    long size = h.firstValueAsLong("X-Linked-Size").orElse(direct ? h.firstValueAsLong("Content-Length").orElse(-1)
        : -1);
    return new FileMetadata(file, commit, etag, size, linked.isPresent(), download);
  }

  private long rangeStart(HttpHeaders h, ModelRef.Hub repo, String file) {
    Matcher m = CONTENT_RANGE.matcher(h.firstValue("Content-Range").orElse(""));
    if (!m.matches()) {
      throw new HubException(Reason.PROTOCOL, "The server answered a partial download of " + file + " of "
          + repo + " without a valid Content-Range: delete the .incomplete file in the cache and try again");
    }
    return Long.parseLong(m.group(1));
  }

  private HubException statusError(int status, HttpHeaders h, ModelRef.Hub repo, String file) {
    String code = h.firstValue("X-Error-Code").orElse("");
    String where = settings.endpoint() + "/" + repo.repoId();
    String msg = switch (status) {
      case 401 -> settings.hasToken()
          ? repo.repoId() + " was not found, or your token has no access to it (401 from " + settings.endpoint()
              + "): check the name, and check the token (HF_TOKEN or the token file under HF_HOME) is valid"
          : repo.repoId() + " was not found or needs a login (401 from " + settings.endpoint()
              + "): check the name; if the repo is private or gated, set HF_TOKEN to an access token"
              + " (or save it in $HF_HOME/token)";
      case 403 -> repo.repoId() + " refuses access (403" + (code.isEmpty() ? "" : ", " + code)
          + "): if it is gated, accept its licence at " + where
          + " while logged in, and use a token of that account (HF_TOKEN)";
      case 404 -> switch (code) {
        case "RevisionNotFound" -> "Revision '" + repo.revision() + "' does not exist in " + repo.repoId()
            + ": check the branch, tag or commit";
        case "EntryNotFound" -> file + " does not exist in " + repo + ": check the revision";
        default -> repo.repoId() + " was not found on " + settings.endpoint()
            + " (404): check the repo name (org/name) and the revision";
      };
      default -> "The hub answered HTTP " + status + " for " + file + " of " + repo
          + (status >= 500 ? ": the hub has a problem, try again later" : ": check HF_ENDPOINT and try again");
    };
    Reason reason = switch (status) {
      case 401 -> Reason.UNAUTHORIZED;
      case 403 -> Reason.FORBIDDEN;
      case 404 -> Reason.NOT_FOUND;
      default -> status >= 500 ? Reason.NETWORK : Reason.PROTOCOL;
    };
    return new HubException(reason, msg);
  }

  private URI resolveUri(ModelRef.Hub repo, String file) {
    StringBuilder path = new StringBuilder(settings.endpoint().toString()).append('/').append(repo.repoId())
        .append("/resolve/").append(encode(repo.revision()));
    for (String seg : file.split("/")) {
      path.append('/').append(encode(seg));
    }
    return URI.create(path.toString());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static boolean sameOrigin(URI a, URI b) {
    return Objects.equals(a.getScheme(), b.getScheme()) && Objects.equals(a.getHost(), b.getHost())
        && a.getPort() == b.getPort();
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // closing an unused redirect body; nothing to report
    }
  }
}
