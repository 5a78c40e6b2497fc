package dev.relwb.cli;

import picocli.CommandLine.Command;

/// `relwb bench …`: benchmarks (timings to read, not tests that pass or fail).
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks: indexing and query latency, first-stage latency (local or cluster), cross-encoder rerank throughput, model loading.",
    subcommands = {BenchIndexCommand.class, BenchSearchCommand.class, BenchRerankCommand.class, BenchLoadCommand.class})
final class BenchCommand {
}
