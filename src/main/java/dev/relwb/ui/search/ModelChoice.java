package dev.relwb.ui.search;

import java.nio.file.Path;

/// One entry of a reranker column's model box: a location from the *Models* list (a folder or hub repo
/// id), the loaded (default) model, or no model (the column is off).
///
/// @param location the folder or hub repo id; null for the loaded model; empty for off
/// @param label    what the box shows
public record ModelChoice(String location, String label) {
  /// The model loaded in Model & settings.
  public static final ModelChoice LOADED = new ModelChoice(null, "Loaded model");
  /// No model: the column is off.
  public static final ModelChoice OFF = new ModelChoice("", "Off");

  /// A choice for `location`, labelled with a folder's name or the repo id.
  public static ModelChoice of(String location) {
    Path p = Path.of(location);
    String name = location.contains("/") && !location.startsWith("/") && !location.startsWith(".")
        || p.getFileName() == null ? location : p.getFileName().toString();
    return new ModelChoice(location, name);
  }

  /// Whether the column scores nothing.
  public boolean off() {
    return location != null && location.isEmpty();
  }

  @Override
  public String toString() {
    return label;
  }
}
