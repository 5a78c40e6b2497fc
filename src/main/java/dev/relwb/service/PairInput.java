package dev.relwb.service;

/// One (query, passage) pair to score, as `relwb score` reads it.
///
/// @param query   query text
/// @param passage passage text
/// @param lang    language as typed (`fr`, `fr_FR`, `French`, `fr_XX`), or null for the request's language
public record PairInput(String query, String passage, String lang) { }
