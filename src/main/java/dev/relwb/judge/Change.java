package dev.relwb.judge;

/// One entry of the append-only history of changes to query sets, guidelines, annotators and snapshots.
///
/// @param id      its place in the history
/// @param at      when (ISO-8601)
/// @param kind    `query_set`, `query`, `guidelines`, `annotator` or `snapshot`
/// @param subject what changed (a set's, annotator's or snapshot's name; `set/topic` for a query)
/// @param action  `create`, `rename`, `update`, `add`, `remove` or `delete`
/// @param detail  the new value or the details (may be null)
public record Change(long id, String at, String kind, String subject, String action, String detail) { }
