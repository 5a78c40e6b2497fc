package dev.relwb.service;

import dev.relwb.core.Ranking;
import dev.relwb.core.Topic;

/// One topic of a batch run: the BM25 ranking, and the reranked one (the reranked head above the BM25
/// tail; null when the run does not rerank), with the language the query was analysed in and the
/// adapter that scored it (null without reranking).
public record RankedTopic(Topic topic, String language, Ranking bm25, Ranking reranked, String adapter) { }
