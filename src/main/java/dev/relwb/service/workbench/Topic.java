package dev.relwb.service.workbench;

import dev.relwb.core.QueryId;

/// A topic (query) of a workspace: its id, text and language code (may be empty).
public record Topic(QueryId id, String text, String language) { }
