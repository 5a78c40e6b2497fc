package dev.relwb.service;

import java.nio.file.Path;

/// `relwb bench search`: the workspace's topics (or those of `topics`) searched one after another as the
/// Search tab searches (bag of words, top `k` documents with snippets), `repeat` times, after `warmup`
/// untimed queries.
///
/// @param workspace the workspace (local index or cluster)
/// @param template  the cluster's query template (null = default)
/// @param topics    a topics file (null = the workspace's topics)
/// @param k         documents per query
/// @param warmup    untimed queries first
/// @param repeat    passes over the topics
public record SearchBenchRequest(String workspace, String template, Path topics, int k, int warmup, int repeat) { }
