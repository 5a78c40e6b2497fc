package dev.relwb.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/// Where the app keeps its data, cache and configuration.
///
/// `RELWB_HOME` (environment, or the `relwb.home` system property) puts all three under one folder
/// (`data/`, `cache/`, `config/`). Otherwise the OS conventions apply: on Linux the XDG base
/// directories (`$XDG_DATA_HOME/relwb`, `$XDG_CACHE_HOME/relwb`, `$XDG_CONFIG_HOME/relwb`), on macOS
/// `~/Library/...`, on Windows `%LOCALAPPDATA%\relwb`.
public record AppDirs(Path data, Path cache, Path config) {

  /// The directories for this process's environment.
  public static AppDirs fromEnvironment() {
    return from(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
  }

  /// The directories for a given environment, OS name and home folder (testable without globals).
  public static AppDirs from(Map<String, String> env, String osName, Path home) {
    String override = System.getProperty("relwb.home", env.get("RELWB_HOME"));
    if (override != null && !override.isBlank()) {
      Path root = Path.of(override).toAbsolutePath();
      return new AppDirs(root.resolve("data"), root.resolve("cache"), root.resolve("config"));
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      Path local = Path.of(env.getOrDefault("LOCALAPPDATA", home.resolve("AppData/Local").toString()), "relwb");
      return new AppDirs(local.resolve("data"), local.resolve("cache"), local.resolve("config"));
    }
    if (os.startsWith("mac")) {
      Path lib = home.resolve("Library");
      return new AppDirs(lib.resolve("Application Support/relwb"), lib.resolve("Caches/relwb"),
          lib.resolve("Preferences/relwb"));
    }
    return new AppDirs(xdg(env, "XDG_DATA_HOME", home.resolve(".local/share")),
        xdg(env, "XDG_CACHE_HOME", home.resolve(".cache")),
        xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")));
  }

  private static Path xdg(Map<String, String> env, String name, Path fallback) {
    String v = env.get(name);
    Path base = v == null || v.isBlank() || !Path.of(v).isAbsolute() ? fallback : Path.of(v);
    return base.resolve("relwb");
  }

  /// The log folder, inside the data folder.
  public Path logs() {
    return data.resolve("logs");
  }

  /// DJL's cache (unpacked native libraries), inside the cache folder.
  public Path djlCache() {
    return cache.resolve("djl");
  }

  /// Creates the three folders if missing; fails with a message naming the folder.
  public AppDirs ensureExist() {
    for (Path p : new Path[] {data, cache, config}) {
      try {
        Files.createDirectories(p);
      } catch (IOException e) {
        throw new WorkbenchException("Cannot create the folder " + p
            + ": check its permissions, or set RELWB_HOME to a writable folder", e);
      }
    }
    return this;
  }
}
