/// The Evaluation tab: BM25, BM25+mono-XM and the ticked models over a topic set against a baseline,
/// with the means and Δ tables, the per-topic delta chart, wins/losses/ties and export. Uses
/// `service.workbench`, `core` and `ui.support` only.
package dev.relwb.ui.evaluation;
