package dev.relwb.service;

import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Reads and writes `settings.json` in the config folder. A missing or unreadable file gives the
/// defaults (with a log line); writes go to a temporary file that is then moved into place.
public final class SettingsStore {
  private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
  private final Path file;

  /// A store for `settings.json` inside `configDir`.
  public SettingsStore(Path configDir) {
    this.file = configDir.resolve("settings.json");
  }

  /// The settings file.
  public Path file() {
    return file;
  }

  /// The stored settings, or the defaults when there are none or the file is corrupt.
  public Settings load() {
    if (!Files.isRegularFile(file)) {
      return Settings.defaults();
    }
    try {
      return Json.mapper().readValue(file.toFile(), Settings.class);
    } catch (IOException e) {
      LOG.warn("Ignoring unreadable settings file {}; using defaults", file, e);
      return Settings.defaults();
    }
  }

  /// Saves `settings` atomically.
  public void save(Settings settings) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling("settings.json.tmp");
      Json.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), settings);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new WorkbenchException("Cannot save the settings to " + file + ": check that the folder is writable", e);
    }
  }
}
