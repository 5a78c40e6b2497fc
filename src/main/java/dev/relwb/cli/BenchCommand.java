package dev.relwb.cli;

import picocli.CommandLine.Command;

/// `relwb bench …`: benchmarks (timings to read, not tests that pass or fail).
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks: cross-encoder rerank throughput, model loading.",
    subcommands = {BenchRerankCommand.class, BenchLoadCommand.class})
final class BenchCommand {
}
