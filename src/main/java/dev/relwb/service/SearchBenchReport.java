package dev.relwb.service;

/// What `relwb bench search` measured: where the first stage ran, how many timed queries, their latency
/// percentiles (wall clock, one query at a time, snippets included) and the queries per second that gives.
///
/// @param workspace  the workspace
/// @param firstStage `local Lucene index` or the cluster (`OpenSearch at … (index …), template …`)
/// @param queries    timed queries
/// @param k          documents per query
/// @param p50Millis  median latency
/// @param p99Millis  99th percentile latency
/// @param meanMillis mean latency
/// @param maxMillis  slowest query
/// @param perSecond  queries per second (timed queries / their total time)
/// @param cores      available processors
public record SearchBenchReport(String workspace, String firstStage, int queries, int k, double p50Millis,
    double p99Millis, double meanMillis, double maxMillis, double perSecond, int cores) { }
