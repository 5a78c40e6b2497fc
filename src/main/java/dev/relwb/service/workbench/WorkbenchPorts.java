package dev.relwb.service.workbench;

/// The ports the workbench window is built on, handed to the UI by the composition root.
public record WorkbenchPorts(Corpora corpora, Retrieval retrieval, Reranking reranking, Judging judging,
    Evaluating evaluating, SettingsStore settings) { }
