/// The Team tab: how a relevance team works together. *Annotators & agreement* lists the annotators,
/// Cohen's weighted κ per pair, Fleiss' κ and the disagreements, and settles a disagreement with an
/// adjudicated grade; *Snapshots* saves the rankings of every list for a query set, and compares two
/// snapshots (or one with now) by metrics and per-query rank moves. Uses `service`, `core`, the records
/// of `eval` and `judge`, `ui.support`, and `ui.evaluation`'s metrics table.
package dev.relwb.ui.team;
