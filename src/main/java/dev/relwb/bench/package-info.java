/// The measurements behind `relwb bench rerank|load|index`: workloads, random full-size checkpoints,
/// a generated corpus, process figures, and the timing harnesses over the production rerank and index
/// paths. It implements `service.Benchmarks`, registered with `java.util.ServiceLoader`; no other package
/// imports it (an ArchUnit rule holds this). Depends on `service`, `rerank..`, `index`, `ingest`,
/// `search` and `core`.
package dev.relwb.bench;
