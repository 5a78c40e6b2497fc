package dev.relwb.service;

/// The figures of one `relwb bench index` run.
///
/// Wall-clock figures are what a user sees; the CPU figures (process CPU seconds while indexing,
/// thread CPU per query) show the cost without other programs competing for the cores, and the
/// load average says how busy the machine was.
public record IndexBenchReport(int passages, double megabytes, double indexSeconds, double megabytesPerSecond,
    double indexCpuSeconds, int queries, double p50Millis, double p99Millis, double meanMillis,
    double cpuP50Millis, double cpuP99Millis, double loadAverage, int cores, String indexFolder) { }
