package dev.relwb.service.workbench;

import dev.relwb.core.DocId;

/// The cross-encoder's verdict on one hit: its index in the hit list that was reranked, the raw
/// logit, the score sigmoid(logit), and how many passage tokens were cut at the max length.
public record RerankScore(int index, DocId doc, double logit, double score, int truncatedTokens) { }
