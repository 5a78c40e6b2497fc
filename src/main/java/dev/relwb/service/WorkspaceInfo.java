package dev.relwb.service;

/// A workspace as listed: its name, folder, settings, and how many documents and passages its
/// index holds (0 before the first indexing).
public record WorkspaceInfo(String name, String folder, WorkspaceSettings settings, long documents, long passages) { }
