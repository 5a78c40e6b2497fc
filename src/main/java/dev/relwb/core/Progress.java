package dev.relwb.core;

import java.time.Duration;

/// One progress report of a long job: `done` of `total` units (total -1 when unknown),
/// time elapsed, and a short message.
public record Progress(String task, long done, long total, Duration elapsed, String message) {

  /// Fraction done in [0, 1], or -1 when the total is unknown.
  public double fraction() {
    return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
  }

  /// Estimated time left from the rate so far, or null when it cannot be estimated yet.
  public Duration eta() {
    if (total <= 0 || done <= 0 || done >= total) {
      return done >= total && total > 0 ? Duration.ZERO : null;
    }
    long nanosLeft = (long) ((double) elapsed.toNanos() / done * (total - done));
    return Duration.ofNanos(nanosLeft);
  }
}
