package dev.relwb.core;

/// A graded relevance judgment 0–3 (0 not relevant … 3 perfectly relevant).
public record Grade(int value) {
  /// The highest grade the workbench hands out.
  public static final int MAX = 3;

  /// Rejects grades outside 0–3.
  public Grade {
    if (value < 0 || value > MAX) {
      throw new WorkbenchException("A grade must be 0, 1, 2 or 3, not " + value);
    }
  }
}
