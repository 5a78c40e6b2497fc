/// The Evaluation tab: BM25 against BM25+mono-XM over a topic set, with the metrics table,
/// the per-topic delta chart, wins/losses/ties and export. Uses `service.workbench`, `core`
/// and `ui.support` only.
package dev.relwb.ui.evaluation;
