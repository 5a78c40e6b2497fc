package dev.relwb.service;

/// The score of one pair of a [RerankService#scorePairs] request.
///
/// @param index           position in the request
/// @param lang            exact adapter code used
/// @param logit           raw model output
/// @param score           the model's activation of the logit (sigmoid unless its config says otherwise)
/// @param tokens          tokens the model saw
/// @param truncatedTokens passage tokens cut by the max length
public record PairScore(int index, String lang, float logit, float score, int tokens, int truncatedTokens) { }
