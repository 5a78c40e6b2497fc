package dev.relwb.rerank;

import dev.relwb.rerank.model.ScoreActivation;
/// The cross-encoder's verdict on one pair of a job.
///
/// @param index           the pair's position in the job's input
/// @param logit           raw logit of the model
/// @param score           the model's score of the logit (`CrossEncoderModel.score`: sigmoid unless the
///                        model's config names another activation)
/// @param tokens          model input length, specials included
/// @param truncatedTokens passage tokens cut to fit the max length
/// @param cached          true when the logit came from the score cache (or from an identical pair)
public record ScoredPair(int index, float logit, float score, int tokens, int truncatedTokens, boolean cached) {
  /// The logistic function, computed in double for accuracy ([ScoreActivation#SIGMOID]).
  public static float sigmoid(float logit) {
    return ScoreActivation.SIGMOID.apply(logit);
  }
}
