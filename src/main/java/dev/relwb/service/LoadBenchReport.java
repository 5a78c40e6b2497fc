package dev.relwb.service;

/// Figures of `relwb bench load`.
///
/// @param languages      languages in the checkpoint
/// @param checkpointMb   size of `model.safetensors`, MiB
/// @param written        whether this run wrote the checkpoint (peak RSS then includes writing)
/// @param writeS         seconds spent writing it
/// @param engineS        seconds to start the PyTorch engine
/// @param loadS          seconds to load with one language
/// @param materializedMb MiB the loader materialized
/// @param rssMb          resident memory after loading, MiB
/// @param peakRssMb      peak resident memory, MiB
/// @param switchS        seconds to switch to another language
/// @param firstForwardS  seconds of a first one-pair forward in that language
/// @param dir            the checkpoint folder
public record LoadBenchReport(int languages, double checkpointMb, boolean written, double writeS, double engineS,
                              double loadS, double materializedMb, double rssMb, double peakRssMb, double switchS,
                              double firstForwardS, String dir) { }
