package dev.relwb.hub;

import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/// How to reach the Hugging Face hub and where its local cache lives, read from the same
/// environment variables as Python's `huggingface_hub`:
///
/// - `HF_ENDPOINT`: the hub or a mirror (default `https://huggingface.co`);
/// - `HF_HUB_CACHE`, else `$HF_HOME/hub`, else `$XDG_CACHE_HOME/huggingface/hub`, else
///   `~/.cache/huggingface/hub`: the cache root;
/// - `HF_TOKEN`, else the token file `$HF_TOKEN_PATH`, else `$HF_HOME/token`: the bearer token;
/// - `HF_HUB_OFFLINE` (`1`, `true`, `yes`, `on`): never touch the network.
///
/// Built from a map so tests never mutate the real environment. `toString` hides the token.
public record HubSettings(URI endpoint, Path cacheDir, String token, boolean offline) {
  /// The public hub.
  public static final URI DEFAULT_ENDPOINT = URI.create("https://huggingface.co");
  private static final Set<String> TRUE = Set.of("1", "true", "yes", "on");

  /// Normalises the endpoint (no trailing slash) and treats a blank token as none.
  public HubSettings {
    String e = endpoint.toString();
    endpoint = URI.create(e.endsWith("/") ? e.substring(0, e.length() - 1) : e);
    cacheDir = cacheDir.toAbsolutePath();
    token = token == null || token.isBlank() ? null : token.strip();
  }

  /// The settings of this process (its environment and home folder).
  public static HubSettings fromSystem() {
    return fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /// The settings for the given environment variables and home folder.
  public static HubSettings fromEnvironment(Map<String, String> env, Path home) {
    Path hfHome = hfHome(env, home);
    Path cache = nonBlank(env.get("HF_HUB_CACHE")) ? Path.of(env.get("HF_HUB_CACHE")) : hfHome.resolve("hub");
    URI endpoint = nonBlank(env.get("HF_ENDPOINT")) ? parseEndpoint(env.get("HF_ENDPOINT")) : DEFAULT_ENDPOINT;
    String offline = env.getOrDefault("HF_HUB_OFFLINE", "").strip().toLowerCase(Locale.ROOT);
    return new HubSettings(endpoint, cache, token(env, hfHome), TRUE.contains(offline));
  }

  /// A copy with another offline flag.
  public HubSettings withOffline(boolean value) {
    return new HubSettings(endpoint, cacheDir, token, value);
  }

  /// Whether a token will be sent.
  public boolean hasToken() {
    return token != null;
  }

  @Override
  public String toString() {
    return "HubSettings[endpoint=" + endpoint + ", cacheDir=" + cacheDir + ", token="
        + (token == null ? "none" : "***") + ", offline=" + offline + "]";
  }

  private static Path hfHome(Map<String, String> env, Path home) {
    if (nonBlank(env.get("HF_HOME"))) {
      return Path.of(env.get("HF_HOME"));
    }
    String xdg = env.get("XDG_CACHE_HOME");
    Path cacheBase = nonBlank(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
    return cacheBase.resolve("huggingface");
  }

  private static String token(Map<String, String> env, Path hfHome) {
    if (nonBlank(env.get("HF_TOKEN"))) {
      return env.get("HF_TOKEN");
    }
    Path file = nonBlank(env.get("HF_TOKEN_PATH")) ? Path.of(env.get("HF_TOKEN_PATH")) : hfHome.resolve("token");
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read the Hugging Face token file " + file
          + ": check its permissions, or set HF_TOKEN instead", e);
    }
  }

  private static URI parseEndpoint(String value) {
    try {
      URI uri = URI.create(value.strip());
      if (uri.getScheme() == null || uri.getHost() == null
          || !Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("not an http(s) URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new WorkbenchException("HF_ENDPOINT '" + value
          + "' is not an http(s) URL: set it like https://huggingface.co or unset it", e);
    }
  }

  private static boolean nonBlank(String s) {
    return s != null && !s.isBlank();
  }
}
