package dev.relwb.service;

/// The cross-encoder score of one passage of a rerank request.
///
/// @param index           position of the passage in the request
/// @param logit           raw model logit
/// @param score           the model's activation of the logit (sigmoid by default, 0–1)
/// @param tokens          model input length of the pair
/// @param truncatedTokens passage tokens cut at the max length (show a notice when > 0)
/// @param cached          true when no model run was needed (score cache or an identical passage)
public record RerankedPassage(int index, float logit, float score, int tokens, int truncatedTokens,
                              boolean cached) { }
