package dev.relwb.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/// Build facts baked in by Maven resource filtering (`relwb-build.properties`).
public final class BuildInfo {
  private static final Properties PROPS = load();

  private BuildInfo() { }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("/relwb-build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // a missing resource only means an unknown version; nothing to report
    }
    return p;
  }

  /// The project version, e.g. `0.1.0`, or `unknown` outside a Maven build.
  public static String version() {
    return PROPS.getProperty("version", "unknown");
  }
}
