package dev.relwb.judge;

/// A named set of queries of a workspace (Quepid's case), with Markdown judging guidelines.
///
/// @param name       the set's name, unique in the workspace
/// @param guidelines Markdown shown beside the judging keys (may be empty)
/// @param created    when the set was made (ISO-8601)
/// @param size       how many queries it holds
public record QuerySet(String name, String guidelines, String created, int size) { }
