package dev.relwb.service;

/// A document's reranked score under MaxP: the score of its best passage.
///
/// @param docId       the document
/// @param logit       the winning passage's logit
/// @param score       the winning passage's score
/// @param bestPassage index, in the request, of the passage that won
/// @param passages    how many of its passages were scored
public record RankedDocument(String docId, float logit, float score, int bestPassage, int passages) { }
