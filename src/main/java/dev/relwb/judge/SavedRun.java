package dev.relwb.judge;

import dev.relwb.core.Ranking;
import dev.relwb.core.RunMetadata;
import java.util.List;

/// A run saved in the workspace: its name, what produced it, and its rankings in the order shown.
public record SavedRun(String name, RunMetadata metadata, List<Ranking> rankings) {
  /// Copies the rankings.
  public SavedRun {
    rankings = List.copyOf(rankings);
  }
}
