package dev.relwb.service;

/// What a batch run wrote: the file, topics run, lines written, topics that matched nothing,
/// and seconds taken.
public record RunSummary(String file, int topics, long lines, int emptyTopics, double seconds) { }
