package dev.relwb.service.workbench;

import java.util.List;

/// One streamed batch of rerank scores, with the running count of pairs done out of the total.
public record RerankBatch(List<RerankScore> scores, int done, int total) {
  /// Copies the score list.
  public RerankBatch {
    scores = List.copyOf(scores);
  }
}
