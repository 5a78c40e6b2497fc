package dev.relwb.rerank;

/// The cross-encoder's verdict on one pair of a job.
///
/// @param index           the pair's position in the job's input
/// @param logit           raw logit of the model
/// @param score           sigmoid(logit), in (0, 1)
/// @param tokens          model input length, specials included
/// @param truncatedTokens passage tokens cut to fit the max length
/// @param cached          true when the logit came from the score cache (or from an identical pair)
public record ScoredPair(int index, float logit, float score, int tokens, int truncatedTokens, boolean cached) {
  /// The logistic function, computed in double for accuracy.
  public static float sigmoid(float logit) {
    return (float) (1.0 / (1.0 + Math.exp(-logit)));
  }
}
